namespace Segmentation.Definitions;

/// <summary>Compares a field to a literal value.</summary>
/// <remarks>A missing field value makes the comparison <see langword="false"/>, for <c>!=</c> too (SQL semantics).</remarks>
public sealed record ComparisonCriterion : Criterion
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="field">The catalog name of the field, e.g. <c>totalSpend</c>.</param>
    /// <param name="operator">How to compare.</param>
    /// <param name="value">The value to compare with.</param>
    public ComparisonCriterion(string field, ComparisonOperator @operator, SegmentValue value)
    {
        Field = Names.Field(field, nameof(ComparisonCriterion));
        Operator = Names.Defined(@operator, nameof(ComparisonCriterion), "operator");
        Value = value;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets how the field is compared.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the value the field is compared with.</summary>
    public SegmentValue Value { get; }
}
