namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Per-customer columns straight out of an aggregation, in no particular customer order, with the
/// run's facts: what every aggregation (objects, spans, the <c>segment</c> tool's reader) hands to
/// <see cref="RfmAggregates.FromColumns"/>, which puts string ids in ordinal order.
/// </summary>
internal sealed class CustomerColumns
{
    /// <summary>Gets the customer ids, or <see langword="null"/> for dense customer indices (kept in index order).</summary>
    public required string[]? Ids { get; init; }

    /// <summary>Gets each customer's whole days from the last order date to <see cref="AsOf"/>.</summary>
    public required int[] RecencyDays { get; init; }

    /// <summary>Gets each customer's number of distinct orders.</summary>
    public required int[] Frequency { get; init; }

    /// <summary>Gets each customer's exact sum of amounts.</summary>
    public required decimal[] Monetary { get; init; }

    /// <summary>Gets the date recency is measured to (<see langword="null"/> only for no customers and no given date).</summary>
    public required DateOnly? AsOf { get; init; }

    /// <summary>Gets the number of transaction lines aggregated.</summary>
    public required long Transactions { get; init; }

    /// <summary>
    /// Gets, when the reader knows them, each id's first 8 UTF-16 code units packed 8 bits each
    /// (the key <see cref="OrdinalIdSort"/> sorts on), or <see langword="null"/>. The sort consumes them.
    /// </summary>
    public ulong[]? OrdinalPrefixKeys { get; init; }

    /// <summary>Gets the number of customers.</summary>
    public int Count => RecencyDays.Length;

    /// <summary>Returns these columns with the ids' sort keys (one per id, as <see cref="OrdinalPrefixKeys"/> describes).</summary>
    public CustomerColumns WithPrefixKeys(ulong[] keys) => new()
    {
        Ids = Ids,
        RecencyDays = RecencyDays,
        Frequency = Frequency,
        Monetary = Monetary,
        AsOf = AsOf,
        Transactions = Transactions,
        OrdinalPrefixKeys = keys,
    };
}
