using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The comparisons that end an aggregate.</summary>
public sealed partial class AggregateBuilder<TNext, TElement, TResult>
{
    /// <summary>The aggregate equals the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext EqualTo(TResult value) => Compare(ComparisonOperator.Equal, value);

    /// <summary>The aggregate differs from the value (a missing aggregate does not match).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext NotEqualTo(TResult value) => Compare(ComparisonOperator.NotEqual, value);

    /// <summary>The aggregate is greater than the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext GreaterThan(TResult value) => Compare(ComparisonOperator.GreaterThan, value);

    /// <summary>The aggregate is at least the value (<c>&gt;=</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext AtLeast(TResult value) => Compare(ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>The aggregate is less than the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext LessThan(TResult value) => Compare(ComparisonOperator.LessThan, value);

    /// <summary>The aggregate is at most the value (<c>&lt;=</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext AtMost(TResult value) => Compare(ComparisonOperator.LessThanOrEqual, value);

    /// <summary>The aggregate lies between two values, both included: <c>.Count().Between(2, 5)</c>.</summary>
    /// <param name="low">The smallest matching value.</param>
    /// <param name="high">The largest matching value; not below <paramref name="low"/>.</param>
    /// <returns>The chain.</returns>
    /// <remarks>
    /// Added as both comparisons, <c>all(aggregate &gt;= low, aggregate &lt;= high)</c>, which is also
    /// its JSON form; the aggregate is computed once per bound. A missing aggregate (average, min or
    /// max of no elements) does not match.
    /// </remarks>
    /// <exception cref="Binding.DefinitionException"><paramref name="high"/> is below <paramref name="low"/>; the location names the segment and criterion.</exception>
    public TNext Between(TResult low, TResult high)
    {
        var location = DslLocation.Of(_collection);
        var name = _collection.Field.Name;
        if (DefinitionRules.RangeOrder(DslValues.From(low, name), DslValues.From(high, name)) is { } violation)
        {
            throw violation.InCode(DslLocation.Child(location, nameof(Between)));
        }

        return _collection.Add(new AllCriterion(Aggregate(ComparisonOperator.GreaterThanOrEqual, low), Aggregate(ComparisonOperator.LessThanOrEqual, high)));
    }
}
