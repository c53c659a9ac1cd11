using Segmentation.Rfm.Kernels;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm;

/// <summary>Runs a scoring: plan the cut points, score in parallel chunks, split ntile ties, count.</summary>
internal static class RfmScoringEngine
{
    // Work inside a chunk goes block by block so the fresh scores are still in cache when the
    // codes and counts read them.
    private const int BlockSize = 16 * 1024;

    public static RfmScoreResult Score(
        ReadOnlyMemory<int> recency, ReadOnlyMemory<int> frequency, ReadOnlyMemory<double> monetary,
        IReadOnlyList<string>? ids, RfmScoringOptions options)
    {
        RfmScoringValidation.Validate(recency.Length, frequency.Length, monetary, ids, options);
        var bins = options.Bins;
        DimensionPlan<int> r, f;
        DimensionPlan<double> m;
        switch (options.Method)
        {
            case RfmMethod.Ntile:
                RfmScoringValidation.RejectMinValueRecency(recency.Span, ids);
                r = RfmNtilePlanner.Recency(recency, bins, options.MaxDegreeOfParallelism);
                f = RfmNtilePlanner.Frequency(frequency, bins, options.MaxDegreeOfParallelism);
                m = RfmNtilePlanner.Monetary(monetary, bins, options.MaxDegreeOfParallelism);
                break;
            case RfmMethod.Thresholds:
                r = RfmCutPlanner.Thresholds(options.RecencyThresholds!, descending: true);
                f = RfmCutPlanner.Thresholds(options.FrequencyThresholds!, descending: false);
                m = RfmCutPlanner.Thresholds(options.MonetaryThresholds!);
                break;
            default:
                r = RfmCutPlanner.Quantile(recency, bins, descending: true, options.MaxDegreeOfParallelism);
                f = RfmCutPlanner.Quantile(frequency, bins, descending: false, options.MaxDegreeOfParallelism);
                m = RfmCutPlanner.Quantile(monetary, bins, options.MaxDegreeOfParallelism);
                break;
        }

        var count = recency.Length;
        var columns = new RfmScoreColumns(
            recency, frequency, monetary, ids, Uninitialized<byte>(count), Uninitialized<byte>(count), Uninitialized<byte>(count), options.MaxDegreeOfParallelism);
        var chunks = ParallelRanges.ChunkCount(count, options.MaxDegreeOfParallelism);
        var counts = new long[chunks, 3, bins];
        var hasTies = r.Ties.Length + f.Ties.Length + m.Ties.Length > 0;
        ParallelRanges.For(count, chunks, (chunk, start, length) =>
        {
            ScoreRange(columns, r, f, m, bins, start, length);
            if (!hasTies)
            {
                Finish(columns, counts, chunk, start, length);
            }
        });

        if (hasTies)
        {
            NtileFixup<int>.Apply(recency, columns.R, r.Ties, chunks);
            NtileFixup<int>.Apply(frequency, columns.F, f.Ties, chunks);
            NtileFixup<double>.Apply(monetary, columns.M, m.Ties, chunks);
            ParallelRanges.For(count, chunks, (chunk, start, length) => Finish(columns, counts, chunk, start, length));
        }

        return new RfmScoreResult(
            columns,
            options,
            new RfmDimensionResult(r.ReportedCuts, Sum(counts, 0, bins)),
            new RfmDimensionResult(f.ReportedCuts, Sum(counts, 1, bins)),
            new RfmDimensionResult(m.ReportedCuts, Sum(counts, 2, bins)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreRange(RfmScoreColumns c, DimensionPlan<int> r, DimensionPlan<int> f, DimensionPlan<double> m, int bins, int start, int length)
    {
        for (var at = start; at < start + length; at += BlockSize)
        {
            var size = Math.Min(BlockSize, start + length - at);
            ScoreKernel.Score(c.RecencyDays.Span.Slice(at, size), r.KernelCuts, bins, r.Descending, c.R.AsSpan(at, size));
            ScoreKernel.Score(c.Frequency.Span.Slice(at, size), f.KernelCuts, bins, f.Descending, c.F.AsSpan(at, size));
            ScoreKernel.Score(c.Monetary.Span.Slice(at, size), m.KernelCuts, bins, m.Descending, c.M.AsSpan(at, size));
        }
    }

    // Per-score counts of one chunk, block by block (the codes are computed on first use).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Finish(RfmScoreColumns c, long[,,] counts, int chunk, int start, int length)
    {
        var bins = counts.GetLength(2);
        Span<long> local = stackalloc long[bins];
        for (var at = start; at < start + length; at += BlockSize)
        {
            var size = Math.Min(BlockSize, start + length - at);
            var dimension = 0;
            foreach (var scores in (ReadOnlySpan<byte[]>)[c.R, c.F, c.M])
            {
                local.Clear();
                ScoreCounter.AddCounts(scores.AsSpan(at, size), local);
                for (var s = 0; s < bins; s++)
                {
                    counts[chunk, dimension, s] += local[s];
                }

                dimension++;
            }
        }
    }

    // Every element is written by the scoring pass, so zeroing the arrays first would be wasted bandwidth.
    private static T[] Uninitialized<T>(int count) => GC.AllocateUninitializedArray<T>(count);

    private static long[] Sum(long[,,] counts, int dimension, int bins)
    {
        var total = new long[bins];
        for (var chunk = 0; chunk < counts.GetLength(0); chunk++)
        {
            for (var s = 0; s < bins; s++)
            {
                total[s] += counts[chunk, dimension, s];
            }
        }

        return total;
    }
}
