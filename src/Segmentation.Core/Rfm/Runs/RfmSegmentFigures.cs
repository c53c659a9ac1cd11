namespace Segmentation.Rfm;

/// <summary>One segment of a run as a report shows it: what it means, what to do, its size and its medians.</summary>
/// <param name="Name">The segment's name.</param>
/// <param name="Description">What the segment means (<see cref="Definitions.SegmentDefinition.Description"/>), or <see langword="null"/> if the map does not say (a fallback).</param>
/// <param name="Action">What to do with its customers (<see cref="Definitions.SegmentDefinition.Action"/>), or <see langword="null"/> if the map does not say.</param>
/// <param name="Customers">The number of customers in the segment.</param>
/// <param name="MedianRecencyDays">The median days since the last order; <see langword="null"/> for an empty segment.</param>
/// <param name="MedianOrders">The median number of orders; <see langword="null"/> for an empty segment.</param>
/// <param name="MedianMonetary">The median monetary sum, exact; <see langword="null"/> for an empty segment.</param>
/// <remarks>Medians of an even count are the mean of the two middle values (as R's <c>median</c>).</remarks>
public sealed record RfmSegmentFigures(
    string Name,
    string? Description,
    string? Action,
    long Customers,
    double? MedianRecencyDays,
    double? MedianOrders,
    decimal? MedianMonetary)
{
    /// <summary>Gets the segment's name.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Gets a value indicating whether the segment's figures are suppressed (see <see cref="RfmRun.Suppression"/>).</summary>
    /// <value>When <see langword="true"/> the customers are zero and the medians <see langword="null"/>; they mean nothing.</value>
    public bool IsSuppressed { get; init; }
}
