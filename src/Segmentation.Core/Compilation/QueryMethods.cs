using System.Reflection;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>The <see cref="Enumerable"/> methods the query form calls, found once.</summary>
internal static class QueryMethods
{
    private static readonly MethodInfo[] All = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static);

    internal static MethodInfo Where { get; } = All.Single(m => m.Name == nameof(Enumerable.Where) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    internal static MethodInfo Count { get; } = All.Single(m => m.Name == nameof(Enumerable.Count) && m.GetParameters().Length == 1);

    /// <summary>The selector overload of Sum, Average, Min or Max for the plan's types, closed over the element type.</summary>
    internal static MethodInfo For(AggregatePlan plan, Type element)
    {
        var name = plan.Function switch
        {
            AggregateFunction.Sum => nameof(Enumerable.Sum),
            AggregateFunction.Average => nameof(Enumerable.Average),
            AggregateFunction.Min => nameof(Enumerable.Min),
            _ => nameof(Enumerable.Max),
        };
        if (plan.Function is AggregateFunction.Min or AggregateFunction.Max)
        {
            // The generic overload returns null for no elements when the selector is nullable.
            var target = typeof(Nullable<>).MakeGenericType(plan.ValueCore);
            return All.Single(m => m.Name == name && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 2
                    && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>))
                .MakeGenericMethod(element, target);
        }

        var selectorResult = plan.Function == AggregateFunction.Sum ? plan.AccumulatorType : typeof(Nullable<>).MakeGenericType(plan.ResultCore);
        return All.Single(m => m.Name == name && m.GetGenericArguments().Length == 1 && m.GetParameters().Length == 2
                && m.GetParameters()[1].ParameterType.IsGenericType
                && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>)
                && m.GetParameters()[1].ParameterType.GetGenericArguments()[1] == selectorResult)
            .MakeGenericMethod(element);
    }
}
