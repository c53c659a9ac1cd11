using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>One customer as evaluated in one run: the set, the customer's record in that run and the run's as-of instant.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Set">The segment set of the run (exclusive or overlapping).</param>
/// <param name="Customer">The customer's record as it was in that run (e.g. a profile built for that as-of instant).</param>
/// <param name="AsOf">The run's as-of instant.</param>
public readonly record struct CustomerRun<T>(SegmentSet<T> Set, T Customer, DateTimeOffset AsOf);
