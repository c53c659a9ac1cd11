using System.Numerics;
using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>
/// Plans the ntile method without a full sort: select the values at the group boundary
/// positions, score by those values, and split the customers equal to a boundary value by
/// input position in a second pass (<see cref="NtileFixup{T}"/>).
/// </summary>
internal static class RfmNtilePlanner
{
    /// <summary>
    /// The zero-based ntile position where group k + 1 starts, for k = 1..bins-1: the first
    /// <c>N mod bins</c> groups hold one customer more. Positions at or past N start empty groups.
    /// </summary>
    public static long[] BoundaryRanks(long count, int bins)
    {
        var quotient = count / bins;
        var remainder = count % bins;
        var ranks = new long[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            ranks[k - 1] = (k * quotient) + Math.Min(k, remainder);
        }

        return ranks;
    }

    /// <summary>Frequency: ascending by value.</summary>
    public static DimensionPlan<int> Frequency(ReadOnlyMemory<int> values, int bins, int parallelism) =>
        Plan<int, AscendingInt32Key>(values, bins, parallelism, descending: false, v => v, int.MaxValue);

    /// <summary>
    /// Recency: descending by days. The descending kernel counts <c>days &gt; boundary - 1</c>, that is
    /// <c>days &gt;= boundary</c>; the caller rejects <see cref="int.MinValue"/> days so this cannot overflow.
    /// </summary>
    public static DimensionPlan<int> Recency(ReadOnlyMemory<int> values, int bins, int parallelism) =>
        Plan<int, DescendingInt32Key>(values, bins, parallelism, descending: true, v => v - 1, int.MinValue);

    /// <summary>Monetary: ascending by value.</summary>
    public static DimensionPlan<double> Monetary(ReadOnlyMemory<double> values, int bins, int parallelism) =>
        Plan<double, AscendingDoubleKey>(values, bins, parallelism, descending: false, v => v, double.PositiveInfinity);

    private static DimensionPlan<T> Plan<T, TKey>(ReadOnlyMemory<T> values, int bins, int parallelism, bool descending, Func<T, T> threshold, T emptyGroupThreshold)
        where T : unmanaged, INumber<T>
        where TKey : IOrderedKey<T>
    {
        var boundaries = BoundaryRanks(values.Length, bins);
        var count = values.Length;
        var valid = Array.FindAll(boundaries, b => b < count);
        var selected = new T[valid.Length];
        var before = new long[valid.Length];
        var equal = new long[valid.Length];
        RadixSelect<T, TKey>.Select(values, valid, selected, before, equal, parallelism);

        var kernelCuts = new T[bins - 1];
        var reported = new double[bins - 1];
        for (var k = 0; k < kernelCuts.Length; k++)
        {
            // A boundary past the end starts an empty group: the kernel must never move a customer into it.
            kernelCuts[k] = k < valid.Length ? threshold(selected[k]) : emptyGroupThreshold;
            reported[k] = k < valid.Length ? double.CreateTruncating(selected[k]) : double.NaN;
        }

        var ties = new List<NtileTie<T>>();
        for (var k = 0; k < valid.Length; k++)
        {
            if (k > 0 && selected[k] == selected[k - 1])
            {
                continue;
            }

            var end = k;
            while (end + 1 < valid.Length && selected[end + 1] == selected[k])
            {
                end++;
            }

            ties.Add(new NtileTie<T>(selected[k], before[k], equal[k], valid[k..(end + 1)]));
        }

        return new DimensionPlan<T>(kernelCuts, descending, reported, [.. ties]);
    }
}
