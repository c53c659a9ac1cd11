namespace Segmentation.Evaluation;

/// <summary>A customer with its segment membership, as produced by the sequence and stream entry points.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Customer">The customer.</param>
/// <param name="Membership">The segments the customer is in.</param>
public readonly record struct SegmentMatch<T>(T Customer, SegmentMembership Membership);
