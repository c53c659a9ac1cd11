namespace Segmentation.Evaluation;

/// <summary>How a <see cref="SegmentSet{T}"/> assigns customers to its segments.</summary>
public enum SegmentSetMode
{
    /// <summary>Segments overlap: a customer is in every segment it matches (a bitset per customer).</summary>
    AllMatches,

    /// <summary>Segments are exclusive: a customer is in the first segment it matches, else in the fallback.</summary>
    FirstMatch,
}
