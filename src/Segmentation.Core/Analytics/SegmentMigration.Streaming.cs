using System.Runtime.CompilerServices;
using Segmentation.Evaluation;

namespace Segmentation.Analytics;

public static partial class SegmentMigration
{
    /// <summary>
    /// Compares two runs streamed in ascending customer-id order, in memory bounded by the number
    /// of segments.
    /// </summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="segmentNames">The segment names in index order, the same for both runs.</param>
    /// <param name="earlier">The earlier run, sorted ascending by customer id, each customer once.</param>
    /// <param name="later">The later run, sorted the same way.</param>
    /// <param name="comparer">The order of both streams; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <param name="cancellationToken">Stops both enumerations.</param>
    /// <returns>The summary; no per-customer look-up (use <see cref="JoinAsync{TKey}"/> to see each customer).</returns>
    /// <exception cref="SegmentationException">A stream is not sorted or repeats a customer (the message names the customer), or a name or a segment index is invalid.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueTask<SegmentMigrationSummary> CompareAsync<TKey>(IReadOnlyList<string> segmentNames, IAsyncEnumerable<CustomerSegments<TKey>> earlier, IAsyncEnumerable<CustomerSegments<TKey>> later, IComparer<TKey>? comparer = null, CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        var builder = new SegmentMigrationBuilder(segmentNames);
        return CompareCoreAsync(builder, JoinAsync(earlier, later, comparer, cancellationToken), cancellationToken);
    }

    private static async ValueTask<SegmentMigrationSummary> CompareCoreAsync<TKey>(SegmentMigrationBuilder builder, IAsyncEnumerable<CustomerMigration<TKey>> customers, CancellationToken cancellationToken)
        where TKey : notnull
    {
        await foreach (var customer in customers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            builder.Add(customer);
        }

        return builder.Build();
    }

    /// <summary>
    /// Merge-joins two runs streamed in ascending customer-id order into one record per customer,
    /// for callers that want each move (to explain it, or to emit "entered"/"exited" events).
    /// </summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="earlier">The earlier run, sorted ascending by customer id, each customer once.</param>
    /// <param name="later">The later run, sorted the same way.</param>
    /// <param name="comparer">The order of both streams; <see langword="null"/> for <see cref="Comparer{T}.Default"/>.</param>
    /// <param name="cancellationToken">Stops both enumerations.</param>
    /// <returns>Every customer of either run once, in ascending id order.</returns>
    /// <exception cref="SegmentationException">A stream is not sorted or repeats a customer; thrown while enumerating, naming the customer.</exception>
    public static IAsyncEnumerable<CustomerMigration<TKey>> JoinAsync<TKey>(IAsyncEnumerable<CustomerSegments<TKey>> earlier, IAsyncEnumerable<CustomerSegments<TKey>> later, IComparer<TKey>? comparer = null, CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return Join(earlier, later, comparer ?? Comparer<TKey>.Default, cancellationToken);
    }

    private static async IAsyncEnumerable<CustomerMigration<TKey>> Join<TKey>(IAsyncEnumerable<CustomerSegments<TKey>> earlier, IAsyncEnumerable<CustomerSegments<TKey>> later, IComparer<TKey> comparer, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : notnull
    {
        var before = earlier.GetAsyncEnumerator(cancellationToken);
        await using (before.ConfigureAwait(false))
        {
            var after = later.GetAsyncEnumerator(cancellationToken);
            await using (after.ConfigureAwait(false))
            {
                var e = new SortedRunReader<TKey>(before, comparer, "earlier");
                var l = new SortedRunReader<TKey>(after, comparer, "later");
                await e.MoveNextAsync().ConfigureAwait(false);
                await l.MoveNextAsync().ConfigureAwait(false);
                while (e.HasCurrent || l.HasCurrent)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var order = !e.HasCurrent ? 1 : !l.HasCurrent ? -1 : comparer.Compare(e.Current.CustomerId, l.Current.CustomerId);
                    if (order < 0)
                    {
                        yield return new CustomerMigration<TKey>(e.Current.CustomerId, true, e.Current.Segments, false, SegmentMembership.Empty);
                        await e.MoveNextAsync().ConfigureAwait(false);
                    }
                    else if (order > 0)
                    {
                        yield return new CustomerMigration<TKey>(l.Current.CustomerId, false, SegmentMembership.Empty, true, l.Current.Segments);
                        await l.MoveNextAsync().ConfigureAwait(false);
                    }
                    else
                    {
                        yield return new CustomerMigration<TKey>(e.Current.CustomerId, true, e.Current.Segments, true, l.Current.Segments);
                        await e.MoveNextAsync().ConfigureAwait(false);
                        await l.MoveNextAsync().ConfigureAwait(false);
                    }
                }
            }
        }
    }
}
