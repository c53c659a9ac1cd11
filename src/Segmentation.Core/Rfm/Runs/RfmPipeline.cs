using Segmentation.Analytics;
using Segmentation.Privacy;
using Segmentation.Rfm.Aggregation;
using Segmentation.Rfm.Segments;

namespace Segmentation.Rfm;

/// <summary>
/// A whole RFM run in one call: transactions or aggregates → scores → named segments, with the
/// segment report and the revenue concentration on the result. The <c>segment</c> tool's
/// <c>rfm</c> and <c>report</c> commands are this call between reading and writing bytes.
/// </summary>
/// <remarks>Stateless and thread-safe. Large inputs use every core for the id sort and the scoring.</remarks>
public static class RfmPipeline
{
    private static readonly ConcentrationOptions DefaultConcentration = new()
    {
        NegativeRevenue = NegativeRevenueHandling.TreatAsZero,
        TopCustomerShares = [0.01, 0.1, 0.2],
        RevenueShareTargets = [0.5, 0.8],
        LorenzPointCount = 101,
    };

    /// <summary>Aggregates, scores and names the segments of transactions with the default options.</summary>
    /// <param name="transactions">The transactions, in any order: the result does not depend on it.</param>
    /// <returns>The run, customers in ordinal id order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">There are no transactions, or a transaction is invalid (see <see cref="RfmAggregator"/>).</exception>
    public static RfmRun Run(IEnumerable<RfmTransaction> transactions) => Run(transactions, null, CancellationToken.None);

    /// <summary>Scores and names the segments of customers aggregated already, with the default options.</summary>
    /// <param name="aggregates">The customers, e.g. from <see cref="RfmAggregator"/>.</param>
    /// <returns>The run, customers in the aggregates' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregates"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">The aggregates are empty.</exception>
    public static RfmRun Run(RfmAggregates aggregates) => Run(aggregates, null, CancellationToken.None);

    /// <summary>Aggregates, scores and names the segments of transactions with string customer ids.</summary>
    /// <param name="transactions">The transactions, in any order: the result does not depend on it.</param>
    /// <param name="options">The run's options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the run between phases and during the enumeration.</param>
    /// <returns>The run, customers in ordinal id order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// There are no transactions, a transaction is invalid (see <see cref="RfmAggregator"/>), or the
    /// options or the segment map are invalid.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmRun Run(IEnumerable<RfmTransaction> transactions, RfmRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new RfmRunOptions();
        if (options.SuppressionList is { } list)
        {
            // Dropped before aggregation; the aggregates then hold nobody to drop.
            transactions = list.Exclude(transactions, t => t.CustomerId);
            options = options with { SuppressionList = null };
        }

        return Run(TransactionAggregation.Aggregate(transactions, options.AsOf, cancellationToken), options, cancellationToken);
    }

    /// <summary>Aggregates, scores and names the segments of a stream of transactions, holding one entry per customer.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <param name="options">The run's options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the enumeration and the run.</param>
    /// <returns>The run, customers in ordinal id order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">As for <see cref="Run(IEnumerable{RfmTransaction}, RfmRunOptions, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<RfmRun> RunAsync(IAsyncEnumerable<RfmTransaction> transactions, RfmRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validated eagerly, so a null argument fails at the call rather than at the await.
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new RfmRunOptions();
        return options.SuppressionList is { } list
            ? RunCoreAsync(list.Exclude(transactions, t => t.CustomerId), options with { SuppressionList = null }, cancellationToken)
            : RunCoreAsync(transactions, options, cancellationToken);
    }

    /// <summary>Scores and names the segments of customers aggregated already.</summary>
    /// <param name="aggregates">The customers, e.g. from <see cref="RfmAggregator"/>.</param>
    /// <param name="options">The run's options (<see cref="RfmRunOptions.AsOf"/> is ignored: the aggregates have theirs), or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the run between phases.</param>
    /// <returns>The run, customers in the aggregates' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregates"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// The aggregates are empty (or hold only suppressed customers), the options or the segment map
    /// are invalid, or a suppression list is given for aggregates without customer ids.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static RfmRun Run(RfmAggregates aggregates, RfmRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        options ??= new RfmRunOptions();
        if (options.SuppressionList is { } list)
        {
            aggregates = aggregates.Without(list);
        }

        if (aggregates.Count == 0)
        {
            throw NothingToScore();
        }

        cancellationToken.ThrowIfCancellationRequested();
        var bins = options.Scoring.Bins;

        // The segment map compiles its definitions (tens of milliseconds, one thread) while the
        // scoring keeps the other cores busy.
        var map = options.SegmentMap;
        var table = Task.Run(() => map is null ? RfmSegmentTable.Default(bins) : RfmSegmentTable.For(map, bins), cancellationToken);
        var scores = RfmScorer.Score(aggregates, options.Scoring);
        cancellationToken.ThrowIfCancellationRequested();
        var segments = table.GetAwaiter().GetResult();
        var assigned = segments.Assign(scores.RecencyScores.Span, scores.FrequencyScores.Span, scores.MonetaryScores.Span);
        return new RfmRun(aggregates, scores, segments, assigned, options.Scoring.MonetaryMode, options.Concentration ?? DefaultConcentration, options.Suppression ?? SmallCellSuppression.Default);
    }

    /// <summary>The run of an aggregation done elsewhere in the library (the <c>segment</c> tool's reader): ids sorted, then scored.</summary>
    internal static RfmRun Run(CustomerColumns columns, RfmRunOptions options, CancellationToken cancellationToken)
    {
        if (columns.Count == 0)
        {
            throw NothingToScore();
        }

        return Run(RfmAggregates.FromColumns(columns, cancellationToken), options, cancellationToken);
    }

    internal static SegmentationException NothingToScore() =>
        new("There are no transactions, so there is nothing to score. Check the input, its column names and any filter that dropped rows.", "transactions");

    private static async Task<RfmRun> RunCoreAsync(IAsyncEnumerable<RfmTransaction> transactions, RfmRunOptions options, CancellationToken cancellationToken)
    {
        var columns = await TransactionAggregation.AggregateAsync(transactions, options.AsOf, cancellationToken).ConfigureAwait(false);
        return Run(columns, options, cancellationToken);
    }
}
