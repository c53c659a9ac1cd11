using System.Linq.Expressions;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>The in-memory form of aggregates: one allocation-free pass over the collection.</summary>
internal sealed partial class ExpressionWalker
{
    private static BlockExpression AggregateLoop(AggregatePlan plan, Expression collection, ParameterExpression element, Expression? predicate, List<BinaryExpression> hoisted)
    {
        // An unfiltered count needs no pass over the elements when the collection knows its size.
        if (plan.Function == AggregateFunction.Count && predicate is null && hoisted.Count == 0 && SizeOf(collection) is { } size)
        {
            return Expression.Block(size);
        }

        var items = Expression.Variable(collection.Type, "items");
        var count = Expression.Variable(typeof(int), "count");
        var sum = Expression.Variable(plan.AccumulatorType, "sum");
        var best = Expression.Variable(plan.ValueCore, "best");
        var value = Expression.Variable(plan.Value?.Type ?? typeof(int), "value");

        var step = Step(plan, count, sum, best, value);
        var body = predicate is null ? step : Expression.IfThen(predicate, step);
        var loop = CollectionLoop.ForEach(items, element, body);

        return Expression.Block(
            plan.ResultType,
            [items, count, sum, best, value, .. hoisted.Select(h => (ParameterExpression)h.Left)],
            [.. hoisted,
            Expression.Assign(items, collection),
            Expression.Assign(count, Expression.Constant(0)),
            Expression.Assign(sum, Expression.Default(plan.AccumulatorType)),
            Expression.Assign(best, Expression.Default(plan.ValueCore)),
            Expression.IfThen(Expression.NotEqual(items, Expression.Constant(null, items.Type)), loop),
            Result(plan, count, sum, best)]);
    }

    /// <summary>What one matching element contributes. Count counts elements; the others count present values.</summary>
    private static Expression Step(AggregatePlan plan, ParameterExpression count, ParameterExpression sum, ParameterExpression best, ParameterExpression value)
    {
        var increment = Expression.PreIncrementAssign(count);
        if (plan.Function == AggregateFunction.Count)
        {
            return increment;
        }

        var present = plan.ValueIsNullable
            ? (Expression)Expression.Call(value, value.Type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!)
            : value;
        Expression update = plan.Function switch
        {
            AggregateFunction.Sum or AggregateFunction.Average => Expression.Block(
                Expression.AddAssign(sum, present.Type == sum.Type ? present : Expression.Convert(present, sum.Type)),
                increment),
            _ => Expression.Block(
                Expression.IfThen(
                    Expression.OrElse(
                        Expression.Equal(count, Expression.Constant(0)),
                        plan.Function == AggregateFunction.Min ? Expression.LessThan(present, best) : Expression.GreaterThan(present, best)),
                    Expression.Assign(best, present)),
                increment),
        };
        var guarded = plan.ValueIsNullable ? Expression.IfThen(Expression.Property(value, nameof(Nullable<int>.HasValue)), update) : update;
        return Expression.Block(Expression.Assign(value, plan.Value!), guarded);
    }

    private static Expression Result(AggregatePlan plan, ParameterExpression count, ParameterExpression sum, ParameterExpression best)
    {
        if (plan.Function is AggregateFunction.Count or AggregateFunction.Sum)
        {
            return plan.Function == AggregateFunction.Count ? count : sum;
        }

        var none = Expression.Equal(count, Expression.Constant(0));
        var missing = Expression.Constant(null, plan.ResultType);
        return plan.Function switch
        {
            AggregateFunction.Average => Expression.Condition(
                none,
                missing,
                Expression.Convert(
                    Expression.Divide(
                        sum.Type == plan.ResultCore ? sum : Expression.Convert(sum, plan.ResultCore),
                        Expression.Convert(count, plan.ResultCore)),
                    plan.ResultType)),
            _ => Expression.Condition(none, missing, Expression.Convert(best, plan.ResultType)),
        };
    }

    /// <summary><c>collection == null ? 0 : collection.Count</c> (or <c>.Length</c>), when the type has one.</summary>
    private static ConditionalExpression? SizeOf(Expression collection)
    {
        Expression? size = collection.Type.IsArray
            ? Expression.ArrayLength(collection)
            : collection.Type.GetProperty(nameof(ICollection<int>.Count)) is { PropertyType: var type } property && type == typeof(int)
                ? Expression.Property(collection, property)
                : null;
        return size is null
            ? null
            : Expression.Condition(Expression.Equal(collection, Expression.Constant(null, collection.Type)), Expression.Constant(0), size);
    }
}
