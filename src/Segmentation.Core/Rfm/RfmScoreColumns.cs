using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>The arrays behind an <see cref="RfmScoreResult"/>: inputs as scored, and outputs.</summary>
internal sealed record RfmScoreColumns(
    ReadOnlyMemory<int> RecencyDays,
    ReadOnlyMemory<int> Frequency,
    ReadOnlyMemory<double> Monetary,
    IReadOnlyList<string>? CustomerIds,
    byte[] R,
    byte[] F,
    byte[] M,
    int MaxDegreeOfParallelism)
{
    private short[]? _codes;

    /// <summary>
    /// Gets the combined codes, computed on first use and kept: callers that only need the scores
    /// do not pay for a column as large as two score columns (at 10M customers, 20 MB written).
    /// </summary>
    public short[] Codes => LazyInitializer.EnsureInitialized(ref _codes, ComputeCodes);

    /// <summary>The code of one customer, without materializing the column.</summary>
    public short CodeAt(int index) => (short)((100 * R[index]) + (10 * F[index]) + M[index]);

    private short[] ComputeCodes()
    {
        var codes = GC.AllocateUninitializedArray<short>(R.Length);
        var chunks = ParallelRanges.ChunkCount(R.Length, MaxDegreeOfParallelism);
        ParallelRanges.For(R.Length, chunks, (_, start, length) =>
            RfmCodeKernel.Combine(R.AsSpan(start, length), F.AsSpan(start, length), M.AsSpan(start, length), codes.AsSpan(start, length)));
        return codes;
    }
}
