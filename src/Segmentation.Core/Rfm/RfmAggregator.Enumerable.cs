using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>The <see cref="IEnumerable{T}"/> and <see cref="IAsyncEnumerable{T}"/> overloads.</summary>
public static partial class RfmAggregator
{
    /// <summary>Aggregates transactions with string customer ids, measuring recency to the day after the latest transaction.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <returns>Columns for the customers in ordinal order of their ids (so ntile ties break by id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// A customer id is null, a customer's sum leaves the exact range of <see cref="decimal"/>, or one customer has more than
    /// <see cref="int.MaxValue"/> orders.
    /// </exception>
    public static RfmAggregates Aggregate(IEnumerable<RfmTransaction> transactions) => AggregateCore(transactions, null);

    /// <summary>Aggregates transactions with string customer ids, measuring recency to <paramref name="asOf"/>.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <param name="asOf">The date recency is measured to; a transaction after it is an error.</param>
    /// <returns>Columns for the customers in ordinal order of their ids (so ntile ties break by id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">
    /// A customer id is null, a customer's sum leaves the exact range of <see cref="decimal"/>, a date lies after <paramref name="asOf"/>,
    /// or one customer has more than <see cref="int.MaxValue"/> orders.
    /// </exception>
    public static RfmAggregates Aggregate(IEnumerable<RfmTransaction> transactions, DateOnly asOf) => AggregateCore(transactions, asOf);

    /// <summary>Aggregates a stream of transactions with string customer ids, holding one entry per customer.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <param name="asOf">The date recency is measured to; <see langword="null"/> for the day after the latest date.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>Columns for the customers in ordinal order of their ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is <see langword="null"/>.</exception>
    /// <exception cref="SegmentationException">As for the synchronous overload.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<RfmAggregates> AggregateAsync(
        IAsyncEnumerable<RfmTransaction> transactions, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        // Validated eagerly, so a null argument fails at the call rather than at the await.
        ArgumentNullException.ThrowIfNull(transactions);
        return AggregateCoreAsync(transactions, asOf, cancellationToken);
    }

    private static async Task<RfmAggregates> AggregateCoreAsync(
        IAsyncEnumerable<RfmTransaction> transactions, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var columns = await TransactionAggregation.AggregateAsync(transactions, asOf, cancellationToken).ConfigureAwait(false);
        return RfmAggregates.FromColumns(columns, cancellationToken);
    }

    private static RfmAggregates AggregateCore(IEnumerable<RfmTransaction> transactions, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        return RfmAggregates.FromColumns(TransactionAggregation.Aggregate(transactions, asOf, CancellationToken.None), CancellationToken.None);
    }
}
