namespace Segmentation.Definitions;

/// <summary>Aggregates over a child collection (orders, events).</summary>
public enum AggregateFunction
{
    /// <summary>The number of matching elements; 0 when none match.</summary>
    Count,

    /// <summary>The sum of a numeric element field; 0 when none match.</summary>
    Sum,

    /// <summary>The mean of a numeric element field; missing when none match, so every comparison is false.</summary>
    Average,

    /// <summary>The smallest value of an element field; missing when none match.</summary>
    Min,

    /// <summary>The largest value of an element field; missing when none match.</summary>
    Max,
}
