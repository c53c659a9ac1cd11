using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>
/// Compares two runs of the same segment set (re-segmentation): who moved from which segment to
/// which, who entered, exited or stayed in each. Works for exclusive and overlapping runs.
/// </summary>
/// <remarks>
/// Two paths: <c>Compare</c> holds both runs in memory and keeps every customer for look-up;
/// <see cref="CompareAsync{TKey}"/> and <see cref="JoinAsync{TKey}"/> merge-join two streams
/// sorted by customer id in memory bounded by the number of segments.
/// </remarks>
public static partial class SegmentMigration
{
    /// <summary>Compares two overlapping (or exclusive) runs held in dictionaries.</summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="segmentNames">The segment names in index order, the same for both runs.</param>
    /// <param name="earlier">Each customer's segments in the earlier run.</param>
    /// <param name="later">Each customer's segments in the later run.</param>
    /// <returns>The summary and every customer's segments in both runs.</returns>
    /// <exception cref="SegmentationException">A name or a segment index is invalid.</exception>
    public static SegmentMigrationResult<TKey> Compare<TKey>(IReadOnlyList<string> segmentNames, IReadOnlyDictionary<TKey, SegmentMembership> earlier, IReadOnlyDictionary<TKey, SegmentMembership> later)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var builder = new SegmentMigrationBuilder(segmentNames);
        var customers = new Dictionary<TKey, CustomerMigration<TKey>>(earlier.Count + later.Count, (earlier as Dictionary<TKey, SegmentMembership>)?.Comparer);
        foreach (var (id, before) in earlier)
        {
            var inLater = later.TryGetValue(id, out var after);
            Record(builder, customers, new CustomerMigration<TKey>(id, true, before, inLater, after));
        }

        foreach (var (id, after) in later)
        {
            if (!earlier.ContainsKey(id))
            {
                Record(builder, customers, new CustomerMigration<TKey>(id, false, SegmentMembership.Empty, true, after));
            }
        }

        return new SegmentMigrationResult<TKey>(builder.Build(), customers);
    }

    /// <summary>Compares two exclusive runs held in dictionaries: each customer's one segment index.</summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="segmentNames">The segment names in index order, the same for both runs.</param>
    /// <param name="earlier">Each customer's segment in the earlier run.</param>
    /// <param name="later">Each customer's segment in the later run.</param>
    /// <returns>The summary and every customer's segments in both runs.</returns>
    /// <exception cref="SegmentationException">A name or a segment index is invalid.</exception>
    public static SegmentMigrationResult<TKey> Compare<TKey>(IReadOnlyList<string> segmentNames, IReadOnlyDictionary<TKey, int> earlier, IReadOnlyDictionary<TKey, int> later)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var comparer = (earlier as Dictionary<TKey, int>)?.Comparer;
        return Compare(segmentNames, ToMasks(earlier, comparer, segmentNames), ToMasks(later, comparer, segmentNames));
    }

    /// <summary>Compares two runs given as lists of customers, in any order.</summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="segmentNames">The segment names in index order, the same for both runs.</param>
    /// <param name="earlier">The customers of the earlier run, each once.</param>
    /// <param name="later">The customers of the later run, each once.</param>
    /// <param name="comparer">Compares customer ids; <see langword="null"/> for the default.</param>
    /// <returns>The summary and every customer's segments in both runs.</returns>
    /// <exception cref="SegmentationException">A customer appears twice in a run, or a name or a segment index is invalid.</exception>
    public static SegmentMigrationResult<TKey> Compare<TKey>(IReadOnlyList<string> segmentNames, ReadOnlySpan<CustomerSegments<TKey>> earlier, ReadOnlySpan<CustomerSegments<TKey>> later, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull =>
        Compare(segmentNames, ToDictionary(earlier, comparer, "earlier"), ToDictionary(later, comparer, "later"));

    private static void Record<TKey>(SegmentMigrationBuilder builder, Dictionary<TKey, CustomerMigration<TKey>> customers, CustomerMigration<TKey> migration)
        where TKey : notnull
    {
        builder.Add(migration);
        customers.Add(migration.CustomerId, migration);
    }

    private static Dictionary<TKey, SegmentMembership> ToMasks<TKey>(IReadOnlyDictionary<TKey, int> run, IEqualityComparer<TKey>? comparer, IReadOnlyList<string> segmentNames)
        where TKey : notnull
    {
        var masks = new Dictionary<TKey, SegmentMembership>(run.Count, comparer);
        foreach (var (id, index) in run)
        {
            if (index < 0)
            {
                Segmentation.Analytics.SegmentNames.ThrowIndexOutOfRange(index, segmentNames?.Count ?? 0);
            }

            masks.Add(id, SegmentMembership.Single(index));
        }

        return masks;
    }

    private static Dictionary<TKey, SegmentMembership> ToDictionary<TKey>(ReadOnlySpan<CustomerSegments<TKey>> run, IEqualityComparer<TKey>? comparer, string name)
        where TKey : notnull
    {
        var masks = new Dictionary<TKey, SegmentMembership>(run.Length, comparer);
        foreach (var customer in run)
        {
            if (!masks.TryAdd(customer.CustomerId, customer.Segments))
            {
                var id = Segmentation.Analytics.SegmentNames.FormatId(customer.CustomerId);
                throw new SegmentationException($"Customer '{id}' appears twice in the {name} run. Each run must list a customer once.", $"{name} run, customer '{id}'");
            }
        }

        return masks;
    }
}
