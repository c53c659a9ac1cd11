namespace Segmentation.Analytics;

/// <summary>What a concentration analysis does with a customer whose revenue is negative (returns exceed sales).</summary>
/// <remarks>
/// A Lorenz curve and a Gini coefficient are defined for non-negative values only: with negative
/// values the curve dips below zero and the Gini coefficient can exceed 1. So negative revenue is
/// never used as it is.
/// </remarks>
public enum NegativeRevenueHandling
{
    /// <summary>Throw a <see cref="SegmentationException"/> naming the customer. The default: the caller decides.</summary>
    Reject = 0,

    /// <summary>Count the customer with revenue zero: they stay in the population and lower everyone else's share of customers.</summary>
    TreatAsZero = 1,

    /// <summary>Leave the customer out of the population.</summary>
    Exclude = 2,
}
