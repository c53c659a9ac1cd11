namespace Segmentation.Analytics;

/// <summary>The revenue concentration inside one segment.</summary>
/// <param name="SegmentIndex">The segment's index in the segment set.</param>
/// <param name="Name">The segment's name.</param>
/// <param name="Result">The concentration over the segment's customers.</param>
public readonly record struct SegmentConcentration(int SegmentIndex, string Name, ConcentrationResult Result);
