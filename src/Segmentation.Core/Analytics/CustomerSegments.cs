using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>One customer's segments in one run: the input of a migration.</summary>
/// <typeparam name="TKey">The customer id.</typeparam>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Segments">The customer's segments in that run; one in an exclusive run, any number in an overlapping one.</param>
public readonly record struct CustomerSegments<TKey>(TKey CustomerId, SegmentMembership Segments)
    where TKey : notnull;
