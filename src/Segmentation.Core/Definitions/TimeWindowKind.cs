namespace Segmentation.Definitions;

/// <summary>The shapes of a <see cref="TimeWindow"/>.</summary>
public enum TimeWindowKind
{
    /// <summary>Within the last N units before the as-of instant, both ends included.</summary>
    Last,

    /// <summary>Strictly more than N units before the as-of instant.</summary>
    OlderThan,

    /// <summary>Between two fixed instants, both included.</summary>
    Between,
}
