namespace Segmentation.Definitions;

/// <summary>
/// How a customer is assigned to the segments of a set: the mode of a segment set document, of a
/// compiled segment set and of the analytics (reports, migration) over its results.
/// </summary>
public enum SegmentSetMode
{
    /// <summary>A customer belongs to every segment it matches: segments may overlap, and a customer may be in none.</summary>
    AllMatches = 0,

    /// <summary>
    /// A customer belongs to the first segment it matches, in the set's order, else to the fallback:
    /// the segments partition the customers (exclusive), each customer is in exactly one.
    /// </summary>
    FirstMatch = 1,
}
