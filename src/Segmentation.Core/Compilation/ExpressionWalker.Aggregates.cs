using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// Aggregates over child collections. The query form is LINQ (<c>Where</c> then <c>Count</c>,
/// <c>Sum</c>, <c>Average</c>, <c>Min</c>, <c>Max</c> over nullable selectors); the in-memory form is a
/// loop that allocates nothing. Count and Sum of no elements are 0; Average, Min and Max are missing,
/// so comparing them is false. A missing collection is empty.
/// </summary>
internal sealed partial class ExpressionWalker
{
    private Expression Aggregate(AggregateCriterion node, Expression record, FieldCatalog catalog, string path, int depth)
    {
        var collection = Use(catalog, node.Collection);
        _shape.Append("agg(").Append(collection.Name).Append(' ').Append(JsonNames.Of(node.Function)).Append(' ').Append(node.ValueField).Append(" f(");
        var value = AggregateValue(node, record, catalog, path, depth);
        _shape.Append(") ").Append(JsonNames.Of(node.Operator)).Append(' ');
        var result = Compare(value, node.Operator, node.Value);
        _shape.Append(')');
        return result;
    }

    /// <summary>The aggregate itself: <c>int</c> for count, the accumulator type for sum, nullable otherwise.</summary>
    internal Expression AggregateValue(AggregateCriterion node, Expression record, FieldCatalog catalog, string path, int depth)
    {
        var collection = Use(catalog, node.Collection);
        var elements = collection.ElementCatalog
            ?? throw new SegmentationException($"'{collection.Name}' is not a collection; aggregates need a collection field.", path);
        var access = collection.Access(record);
        var element = Expression.Parameter(elements.RecordType, "e");
        var outer = _hoisted;
        _hoisted = _target == CompileTarget.InMemory ? [] : null;
        var predicate = ElementPredicate(node, element, elements, path, depth);
        var hoisted = _hoisted;
        _hoisted = outer;
        var valueField = node.ValueField is null ? null : Use(elements, node.ValueField);
        var plan = new AggregatePlan(node.Function, valueField?.Access(element));
        return hoisted is null
            ? AggregateQuery(plan, access, element, predicate)
            : AggregateLoop(plan, access, element, predicate, hoisted);
    }

    private Expression? ElementPredicate(AggregateCriterion node, ParameterExpression element, FieldCatalog elements, string path, int depth)
    {
        var filter = node.Filter is null ? null : Build(node.Filter, element, elements, path + ".filter", depth + 1);
        _shape.Append(")w(");
        var window = node.Window is null ? null : Time(node.Window, element, elements);
        return filter is null ? window : window is null ? filter : Expression.AndAlso(filter, window);
    }

    private static ConditionalExpression AggregateQuery(AggregatePlan plan, Expression collection, ParameterExpression element, Expression? predicate)
    {
        var elementType = element.Type;
        Expression source = collection;
        if (predicate is not null)
        {
            var where = QueryMethods.Where.MakeGenericMethod(elementType);
            source = Expression.Call(where, collection, Expression.Lambda(predicate, element));
        }

        Expression aggregate;
        if (plan.Function == AggregateFunction.Count)
        {
            aggregate = Expression.Call(QueryMethods.Count.MakeGenericMethod(elementType), source);
        }
        else
        {
            var selector = Expression.Lambda(plan.Selector(), element);
            aggregate = Expression.Call(QueryMethods.For(plan, elementType), source, selector);
        }

        // A missing collection is empty: 0 for count and sum, missing for the others.
        var empty = Expression.Constant(plan.EmptyValue, plan.ResultType);
        return Expression.Condition(Expression.Equal(collection, Expression.Constant(null, collection.Type)), empty, aggregate);
    }
}
