using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Cli.Rfm;

/// <summary>Transactions → aggregates (one pass over spans) → ordinal id order → scores → segments.</summary>
internal static class RfmPipeline
{
    public static RfmRun Run(TransactionTable table, RfmScoringOptions options, DateOnly? asOf, CancellationToken cancellationToken) =>
        Run(CustomerAggregates.From(table, asOf), options, cancellationToken);

    public static RfmRun Run(CustomerAggregates aggregates, RfmScoringOptions options, CancellationToken cancellationToken)
    {
        if (aggregates.Transactions == 0)
        {
            throw CustomerAggregates.NothingToScore();
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The contract orders customers by customer_id (ordinal), which also makes it the ntile tie-break.
        var count = aggregates.Count;
        var order = OrdinalIdSort.Order(aggregates.Ids);
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = aggregates.Ids[order[i]];
        }

        var recency = Permute(aggregates.RecencyDays, order);
        var frequency = Permute(aggregates.Frequency, order);
        var monetary = Permute(aggregates.Monetary, order);
        cancellationToken.ThrowIfCancellationRequested();

        var scoredMonetary = options.MonetaryMode == RfmMonetaryMode.MeanOrderValue ? MeanOrderValues(monetary, frequency) : monetary;
        var scores = RfmScorer.Score(recency, frequency, scoredMonetary, options, ids);
        var r = scores.RecencyScores.Span;
        var f = scores.FrequencyScores.Span;
        var segments = new int[count];
        for (var i = 0; i < count; i++)
        {
            segments[i] = DefaultRfmSegmentMap.SegmentOf(r[i], f[i], options.Bins);
        }

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

    private static T[] Permute<T>(ReadOnlySpan<T> source, int[] order)
    {
        var result = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = source[order[i]];
        }

        return result;
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
