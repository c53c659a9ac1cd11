namespace Segmentation.Definitions;

/// <summary>Matches when a field equals one of a list of values (or, negated, none of them).</summary>
/// <remarks>A missing field value matches neither <c>in</c> nor <c>notIn</c>.</remarks>
public sealed record InCriterion : Criterion
{
    /// <summary>Creates a membership test.</summary>
    /// <param name="field">The catalog name of the field.</param>
    /// <param name="values">The values; at least one.</param>
    /// <param name="negated"><see langword="true"/> for <c>notIn</c>.</param>
    public InCriterion(string field, IEnumerable<SegmentValue> values, bool negated = false)
    {
        Field = Names.Field(field, nameof(InCriterion));
        Values = ValueList.NonEmpty(values, nameof(InCriterion), nameof(values));
        Negated = negated;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the values, in the order given.</summary>
    public IReadOnlyList<SegmentValue> Values { get; }

    /// <summary>Gets a value indicating whether the test is <c>notIn</c>.</summary>
    public bool Negated { get; }
}
