namespace Segmentation.Definitions;

/// <summary>Matches when a field lies between two values, both inclusive.</summary>
public sealed record BetweenCriterion : Criterion
{
    /// <summary>Creates an inclusive range test.</summary>
    /// <param name="field">The catalog name of the field.</param>
    /// <param name="low">The smallest matching value.</param>
    /// <param name="high">The largest matching value.</param>
    public BetweenCriterion(string field, SegmentValue low, SegmentValue high)
    {
        Field = Names.Field(field, nameof(BetweenCriterion));
        Low = low;
        High = high;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the smallest matching value.</summary>
    public SegmentValue Low { get; }

    /// <summary>Gets the largest matching value.</summary>
    public SegmentValue High { get; }
}
