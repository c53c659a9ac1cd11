namespace Segmentation.Definitions;

/// <summary>
/// Compares an aggregate over a child collection to a value: "at least 3 orders in the last 90
/// days", "spend in the last 365 days &gt; 500".
/// </summary>
/// <remarks>
/// Elements are those that match <see cref="Filter"/> (a criterion over the element's own fields)
/// and whose <see cref="Window"/> field falls in the window. Count and Sum of no elements are 0;
/// Average, Min and Max of no elements are missing, so the comparison is <see langword="false"/>.
/// A missing collection counts as empty.
/// </remarks>
public sealed record AggregateCriterion : Criterion
{
    /// <summary>Creates an aggregate comparison.</summary>
    /// <param name="collection">The catalog name of the child collection, e.g. <c>orders</c>.</param>
    /// <param name="function">The aggregate.</param>
    /// <param name="valueField">The element field aggregated; <see langword="null"/> for <see cref="AggregateFunction.Count"/>, required otherwise.</param>
    /// <param name="operator">How the aggregate is compared.</param>
    /// <param name="value">The value it is compared with.</param>
    /// <param name="filter">An optional criterion over the element's fields.</param>
    /// <param name="window">An optional time window over an element date field.</param>
    /// <exception cref="Binding.DefinitionException">A name is blank or too long, an enum value is not defined, or <paramref name="valueField"/> is given for a count or missing for another function, or the tree would be deeper than <see cref="Criterion.MaxTreeDepth"/>.</exception>
    public AggregateCriterion(
        string collection,
        AggregateFunction function,
        string? valueField,
        ComparisonOperator @operator,
        SegmentValue value,
        Criterion? filter = null,
        TimeWindowCriterion? window = null)
    {
        const string Owner = nameof(AggregateCriterion);
        Collection = Names.Field(collection, Owner, nameof(collection), "a collection name");
        Function = Names.Defined(function, Owner, nameof(function));
        Names.Check(DefinitionRules.AggregateField(function, valueField is not null, nameof(valueField)), Owner);
        ValueField = valueField is null ? null : Names.Field(valueField, Owner, nameof(valueField));
        Operator = Names.Defined(@operator, Owner, "operator");
        Value = value;
        Filter = filter;
        Window = window;
        Depth = DepthOver([filter], Owner);
    }

    /// <summary>Gets the catalog name of the child collection.</summary>
    public string Collection { get; }

    /// <summary>Gets the aggregate.</summary>
    public AggregateFunction Function { get; }

    /// <summary>Gets the element field aggregated, or <see langword="null"/> for a count.</summary>
    public string? ValueField { get; }

    /// <summary>Gets how the aggregate is compared.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the value the aggregate is compared with.</summary>
    public SegmentValue Value { get; }

    /// <summary>Gets the criterion an element must match to count, if any.</summary>
    public Criterion? Filter { get; }

    /// <summary>Gets the time window an element's date must fall in to count, if any.</summary>
    public TimeWindowCriterion? Window { get; }
}
