using System.Runtime.CompilerServices;
using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Cli.Rfm;

/// <summary>Transactions → aggregates (one pass over spans) → ordinal id order → scores → segments.</summary>
internal static class RfmPipeline
{
    private const int ParallelThreshold = 1 << 16;

    public static RfmRun Run(TransactionTable table, RfmScoringOptions options, DateOnly? asOf, CancellationToken cancellationToken) =>
        Run(CustomerAggregates.From(table, asOf), options, cancellationToken);

    public static RfmRun Run(CustomerAggregates aggregates, RfmScoringOptions options, CancellationToken cancellationToken)
    {
        if (aggregates.Transactions == 0)
        {
            throw CustomerAggregates.NothingToScore();
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The segment map compiles the library's definitions (tens of milliseconds, one thread):
        // that overlaps the sort and the scoring, which leave a core idle part of the time.
        var map = Task.Run(DefaultRfmSegmentMap.Prepare, cancellationToken);

        // The contract orders customers by customer_id (ordinal), which also makes it the ntile tie-break.
        var count = aggregates.Count;
        var order = OrdinalIdSort.Order(aggregates.Ids, aggregates.OrdinalPrefixKeys);
        var ids = new string[count];
        var recency = new int[count];
        var frequency = new int[count];
        var monetary = new double[count];
        Permute(aggregates, order, ids, recency, frequency, monetary);
        cancellationToken.ThrowIfCancellationRequested();

        var scoredMonetary = options.MonetaryMode == RfmMonetaryMode.MeanOrderValue ? MeanOrderValues(monetary, frequency) : monetary;
        var scores = RfmScorer.Score(recency, frequency, scoredMonetary, options, ids);
        map.GetAwaiter().GetResult();
        var segments = SegmentsOf(scores.RecencyScores.Span, scores.FrequencyScores.Span, options.Bins);
        return new RfmRun
        {
            CustomerIds = ids,
            RecencyDays = recency,
            Frequency = frequency,
            Monetary = monetary,
            Scores = scores,
            Segments = segments,
            AsOf = aggregates.AsOf,
            Transactions = aggregates.Transactions,
        };
    }

    // Gathers in sorted order are cache misses on a million customers: halves on both cores.
    private static void Permute(CustomerAggregates source, int[] order, string[] ids, int[] recency, int[] frequency, double[] monetary)
    {
        var halves = order.Length < ParallelThreshold ? 1 : 2;
        var half = order.Length / halves;
        Parallel.For(0, halves, h => PermuteRange(source, order, ids, recency, frequency, monetary, h * half, h == halves - 1 ? order.Length : (h + 1) * half));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PermuteRange(CustomerAggregates source, int[] order, string[] ids, int[] recency, int[] frequency, double[] monetary, int from, int to)
    {
        var sourceIds = source.Ids;
        var sourceRecency = source.RecencyDays;
        var sourceFrequency = source.Frequency;
        var sourceMonetary = source.Monetary;
        for (var i = from; i < to; i++)
        {
            var j = order[i];
            ids[i] = sourceIds[j];
            recency[i] = sourceRecency[j];
            frequency[i] = sourceFrequency[j];
            monetary[i] = sourceMonetary[j];
        }
    }

    // One table read per customer: the map's cells for this number of bins, looked up once each.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] SegmentsOf(ReadOnlySpan<byte> r, ReadOnlySpan<byte> f, int bins)
    {
        var stride = bins + 1;
        var table = new int[stride * stride];
        for (var rs = 1; rs <= bins; rs++)
        {
            for (var fs = 1; fs <= bins; fs++)
            {
                table[(rs * stride) + fs] = DefaultRfmSegmentMap.SegmentOf(rs, fs, bins);
            }
        }

        var segments = new int[r.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = table[(r[i] * stride) + f[i]];
        }

        return segments;
    }

    private static double[] MeanOrderValues(double[] monetary, int[] frequency)
    {
        var mean = new double[monetary.Length];
        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] = monetary[i] / frequency[i];
        }

        return mean;
    }
}
