using System.Linq.Expressions;
using System.Numerics;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Aggregates over child collections (orders, events): count, sum, average, min and max, then a comparison.</summary>
public static class CollectionCriteria
{
    /// <summary>Counts the elements (0 for an empty or missing collection).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Count<TNext, TElement>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection)
        where TElement : class => Start<TNext, TElement, decimal>(collection, AggregateFunction.Count, null);

    /// <summary>Counts the elements whose DateTimeOffset field falls in a window: <c>Count(o =&gt; o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days))</c>.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <param name="date">The element field the window applies to.</param>
    /// <param name="window">The window.</param>
    /// <returns>The aggregate, waiting for a filter or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Count<TNext, TElement>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, DateTimeOffset?>> date, TimeWindow window)
        where TElement : class => collection.Count().Within(date, window);

    /// <summary>Counts the elements whose DateTime field falls in a window: <c>Count(o =&gt; o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days))</c>.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <param name="date">The element field the window applies to.</param>
    /// <param name="window">The window.</param>
    /// <returns>The aggregate, waiting for a filter or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Count<TNext, TElement>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, DateTime?>> date, TimeWindow window)
        where TElement : class => collection.Count().Within(date, window);

    /// <summary>Counts the elements whose DateOnly field falls in a window: <c>Count(o =&gt; o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days))</c>.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <param name="date">The element field the window applies to.</param>
    /// <param name="window">The window.</param>
    /// <returns>The aggregate, waiting for a filter or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Count<TNext, TElement>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, DateOnly?>> date, TimeWindow window)
        where TElement : class => collection.Count().Within(date, window);

    /// <summary>Sums a number field of the elements (0 when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TNumber">The number type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.Amount</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Sum<TNext, TElement, TNumber>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TNumber>> value)
        where TElement : class
        where TNumber : struct, INumber<TNumber>
        => Start<TNext, TElement, decimal>(collection, AggregateFunction.Sum, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Sums a number field of the elements (0 when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TNumber">The number type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.Amount</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Sum<TNext, TElement, TNumber>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TNumber?>> value)
        where TElement : class
        where TNumber : struct, INumber<TNumber>
        => Start<TNext, TElement, decimal>(collection, AggregateFunction.Sum, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Averages a number field of the elements (missing when none, so the comparison is false).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TNumber">The number type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.Amount</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Average<TNext, TElement, TNumber>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TNumber>> value)
        where TElement : class
        where TNumber : struct, INumber<TNumber>
        => Start<TNext, TElement, decimal>(collection, AggregateFunction.Average, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Averages a number field of the elements (missing when none, so the comparison is false).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TNumber">The number type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.Amount</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, decimal> Average<TNext, TElement, TNumber>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TNumber?>> value)
        where TElement : class
        where TNumber : struct, INumber<TNumber>
        => Start<TNext, TElement, decimal>(collection, AggregateFunction.Average, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The smallest value of a number, date or date-time field of the elements (missing when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TValue">The field type; the comparison takes the same type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.PlacedAt</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, TValue> Min<TNext, TElement, TValue>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TValue>> value)
        where TElement : class
        where TValue : struct, IComparable<TValue>
        => Start<TNext, TElement, TValue>(collection, AggregateFunction.Min, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The smallest value of a number, date or date-time field of the elements (missing when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TValue">The field type; the comparison takes the same type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.PlacedAt</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, TValue> Min<TNext, TElement, TValue>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TValue?>> value)
        where TElement : class
        where TValue : struct, IComparable<TValue>
        => Start<TNext, TElement, TValue>(collection, AggregateFunction.Min, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The largest value of a number, date or date-time field of the elements (missing when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TValue">The field type; the comparison takes the same type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.PlacedAt</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, TValue> Max<TNext, TElement, TValue>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TValue>> value)
        where TElement : class
        where TValue : struct, IComparable<TValue>
        => Start<TNext, TElement, TValue>(collection, AggregateFunction.Max, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>The largest value of a number, date or date-time field of the elements (missing when none).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="collection">The picked collection field.</param>
    /// <typeparam name="TValue">The field type; the comparison takes the same type.</typeparam>
    /// <param name="value">The element field, e.g. <c>o =&gt; o.PlacedAt</c>.</param>
    /// <returns>The aggregate, waiting for a filter, a window or its comparison.</returns>
    public static AggregateBuilder<TNext, TElement, TValue> Max<TNext, TElement, TValue>(this IFieldBuilder<TNext, IEnumerable<TElement>?> collection, Expression<Func<TElement, TValue?>> value)
        where TElement : class
        where TValue : struct, IComparable<TValue>
        => Start<TNext, TElement, TValue>(collection, AggregateFunction.Max, value ?? throw new ArgumentNullException(nameof(value)));

    private static AggregateBuilder<TNext, TElement, TResult> Start<TNext, TElement, TResult>(
        IFieldBuilder<TNext, IEnumerable<TElement>?> collection, AggregateFunction function, LambdaExpression? value)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var elements = AggregateBuilder<TNext, TElement, TResult>.ElementsOf(collection);
        var valueField = value is null ? null : FieldResolver.Resolve(elements, value).Name;
        return new(collection, function, valueField);
    }
}
