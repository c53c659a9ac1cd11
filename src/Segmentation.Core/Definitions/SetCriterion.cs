namespace Segmentation.Definitions;

/// <summary>Tests a string-set field (tags, interests) against a list of values, ordinally.</summary>
/// <remarks>A missing set is treated as empty: it contains nothing, so only <see cref="SetOperator.ContainsNone"/> matches it.</remarks>
public sealed record SetCriterion : Criterion
{
    /// <summary>Creates a set test.</summary>
    /// <param name="field">The catalog name of a string-set field.</param>
    /// <param name="operator">The test.</param>
    /// <param name="values">The values; at least one.</param>
    public SetCriterion(string field, SetOperator @operator, IEnumerable<string> values)
    {
        Field = Names.Field(field, nameof(SetCriterion));
        Operator = Names.Defined(@operator, nameof(SetCriterion), "operator");
        Values = ValueList.NonEmpty(values, nameof(SetCriterion), nameof(values));
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the test.</summary>
    public SetOperator Operator { get; }

    /// <summary>Gets the values, in the order given.</summary>
    public IReadOnlyList<string> Values { get; }
}
