using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// An aggregate over a child collection (count, sum, average, min, max), optionally narrowed by a
/// filter and a time window, waiting for its comparison: <c>.Count().Within(o =&gt; o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(3)</c>.
/// </summary>
/// <typeparam name="TNext">The chain the comparison returns to.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
/// <typeparam name="TResult">The type the aggregate is compared with: <see cref="decimal"/> for count, sum and average; the field's type for min and max.</typeparam>
/// <remarks>Immutable: <see cref="Where"/> and <c>Within</c> return new builders. Count and Sum of no elements are 0; Average, Min and Max of none are missing, so the comparison is false.</remarks>
public sealed partial class AggregateBuilder<TNext, TElement, TResult>
{
    private readonly IFieldBuilder<TNext, IEnumerable<TElement>?> _collection;
    private readonly AggregateFunction _function;
    private readonly string? _valueField;
    private readonly Criterion? _filter;
    private readonly TimeWindowCriterion? _window;

    internal AggregateBuilder(
        IFieldBuilder<TNext, IEnumerable<TElement>?> collection,
        AggregateFunction function,
        string? valueField,
        Criterion? filter = null,
        TimeWindowCriterion? window = null)
    {
        _collection = collection;
        _function = function;
        _valueField = valueField;
        _filter = filter;
        _window = window;
    }

    /// <summary>Gets the catalog of the collection's elements.</summary>
    public FieldCatalog Elements => ElementsOf(_collection);

    /// <summary>Counts or aggregates only the elements that match a group over the element's fields.</summary>
    /// <param name="filter">The filter, e.g. <c>o =&gt; o.WhereNot(x =&gt; x.Returned).IsTrue()</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="SegmentationException">A filter was given already; put both tests in one group.</exception>
    public AggregateBuilder<TNext, TElement, TResult> Where(Func<CriteriaGroup<TElement>, CriteriaChain<TElement>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (_filter is not null)
        {
            throw new SegmentationException(
                $"The aggregate over '{_collection.Field.Name}' has a filter already. Put both tests in one group: Where(o => o.Where(...).And(...)).",
                _collection.Field.Name);
        }

        return new(_collection, _function, _valueField, CriteriaGroup<TElement>.Evaluate(Elements, DslLocation.Child(DslLocation.Of(_collection), "filter"), filter), _window);
    }

    /// <summary>Counts or aggregates only the elements whose instant falls in a window.</summary>
    /// <param name="date">The element's date-time field, e.g. <c>o =&gt; o.PlacedAt</c>.</param>
    /// <param name="window">The window, e.g. <c>TimeWindow.Last(90, TimeUnit.Days)</c>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="SegmentationException">A window was given already, or the selector names no element field.</exception>
    public AggregateBuilder<TNext, TElement, TResult> Within(Expression<Func<TElement, DateTimeOffset?>> date, TimeWindow window) => WithWindow(date, window);

    /// <summary>Counts or aggregates only the elements whose date-time falls in a window.</summary>
    /// <param name="date">The element's date-time field.</param>
    /// <param name="window">The window.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="SegmentationException">A window was given already, or the selector names no element field.</exception>
    public AggregateBuilder<TNext, TElement, TResult> Within(Expression<Func<TElement, DateTime?>> date, TimeWindow window) => WithWindow(date, window);

    /// <summary>Counts or aggregates only the elements whose date falls in a window.</summary>
    /// <param name="date">The element's date field.</param>
    /// <param name="window">The window.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="SegmentationException">A window was given already, or the selector names no element field.</exception>
    public AggregateBuilder<TNext, TElement, TResult> Within(Expression<Func<TElement, DateOnly?>> date, TimeWindow window) => WithWindow(date, window);

    internal static FieldCatalog ElementsOf(IFieldBuilder<TNext, IEnumerable<TElement>?> collection) =>
        collection.Field.ElementCatalog
        ?? throw new SegmentationException(
            $"'{collection.Field.Name}' is a {collection.Field.Kind} field, not a collection of records; aggregates need a child collection such as orders.",
            collection.Field.Name);

    private AggregateBuilder<TNext, TElement, TResult> WithWindow(LambdaExpression date, TimeWindow window)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (_window is not null)
        {
            throw new SegmentationException(
                $"The aggregate over '{_collection.Field.Name}' has a time window already. Give one window; narrow further with Where(...).",
                _collection.Field.Name);
        }

        var field = FieldResolver.Resolve(Elements, date);
        return new(_collection, _function, _valueField, _filter, new TimeWindowCriterion(field.Name, window));
    }

    private TNext Compare(ComparisonOperator op, TResult value) => _collection.Add(Aggregate(op, value));

    private AggregateCriterion Aggregate(ComparisonOperator op, TResult value) => DslLocation.Run(DslLocation.Of(_collection), () => new AggregateCriterion(
        _collection.Field.Name,
        _function,
        _valueField,
        op,
        DslValues.From(value, _collection.Field.Name),
        _filter,
        _window));
}
