namespace Segmentation.Definitions;

/// <summary>How a customer is assigned to the segments of a set.</summary>
public enum SegmentSetMode
{
    /// <summary>A customer belongs to every segment it matches (segments may overlap).</summary>
    AllMatches,

    /// <summary>A customer belongs to the first segment it matches, in the set's order (segments partition the customers).</summary>
    FirstMatch,
}
