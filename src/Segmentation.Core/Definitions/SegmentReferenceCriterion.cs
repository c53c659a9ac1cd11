namespace Segmentation.Definitions;

/// <summary>Matches when the customer is in another named segment ("VIP and not churned").</summary>
/// <remarks>The referenced definition is resolved when the segment is compiled; cycles are rejected with the cycle named.</remarks>
public sealed record SegmentReferenceCriterion : Criterion
{
    /// <summary>Creates a reference to another segment.</summary>
    /// <param name="segment">The name of the referenced segment.</param>
    public SegmentReferenceCriterion(string segment) => Segment = Names.Field(segment, nameof(SegmentReferenceCriterion), nameof(segment), "a segment name");

    /// <summary>Gets the name of the referenced segment.</summary>
    public string Segment { get; }
}
