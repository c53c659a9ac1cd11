using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>What the score kernel needs for one dimension, and what the result reports.</summary>
/// <typeparam name="T">The column type.</typeparam>
/// <param name="KernelCuts">Cut points in the kernel's domain (<c>value &gt; cut</c> counts).</param>
/// <param name="Descending">Whether the score is <c>bins - count</c> (recency) rather than <c>1 + count</c>.</param>
/// <param name="ReportedCuts">The cut points reported to the caller.</param>
/// <param name="Ties">Ntile only: boundary values whose customers are split by position.</param>
internal sealed record DimensionPlan<T>(T[] KernelCuts, bool Descending, double[] ReportedCuts, NtileTie<T>[] Ties)
{
    /// <summary>A plan with no tie split.</summary>
    public static DimensionPlan<T> WithoutTies(T[] kernelCuts, bool descending, double[] reportedCuts) =>
        new(kernelCuts, descending, reportedCuts, []);
}
