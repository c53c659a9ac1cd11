namespace Segmentation.Analytics;

/// <summary>Revenue concentration over the whole population and inside each segment.</summary>
public sealed class ConcentrationReport
{
    internal ConcentrationReport(ConcentrationResult overall, SegmentConcentration[] segments)
    {
        Overall = overall;
        Segments = segments;
    }

    /// <summary>Gets the concentration over every customer added.</summary>
    /// <value>Customers in no segment included.</value>
    public ConcentrationResult Overall { get; }

    /// <summary>Gets the concentration inside each segment.</summary>
    /// <value>One entry per segment, in segment-set order.</value>
    public IReadOnlyList<SegmentConcentration> Segments { get; }
}
