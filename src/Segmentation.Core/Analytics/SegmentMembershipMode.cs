namespace Segmentation.Analytics;

/// <summary>How customers belong to the segments of a run.</summary>
public enum SegmentMembershipMode
{
    /// <summary>Each customer is in exactly one segment (first-match sets with a fallback segment).</summary>
    Exclusive = 0,

    /// <summary>Each customer is in any number of segments, possibly none (all-matches sets).</summary>
    Overlapping = 1,
}
