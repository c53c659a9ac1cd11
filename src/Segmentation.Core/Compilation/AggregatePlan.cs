using System.Linq.Expressions;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>The types an aggregate works in, shared by its query and loop forms so both agree.</summary>
/// <remarks>
/// Sums accumulate in <c>decimal</c> for decimal fields, <c>double</c> for floating-point fields and
/// <c>long</c> for integers; averages are <c>decimal</c> for decimal fields and <c>double</c>
/// otherwise; min and max keep the field's type. Missing element values are skipped (SQL).
/// </remarks>
internal sealed class AggregatePlan
{
    internal AggregatePlan(AggregateFunction function, Expression? value)
    {
        Function = function;
        Value = value;
        ValueCore = value is null ? typeof(int) : Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        AccumulatorType = ValueCore == typeof(decimal) ? typeof(decimal)
            : ValueCore == typeof(double) || ValueCore == typeof(float) ? typeof(double)
            : typeof(long);
        ResultCore = function switch
        {
            AggregateFunction.Count => typeof(int),
            AggregateFunction.Sum => AccumulatorType,
            AggregateFunction.Average => ValueCore == typeof(decimal) ? typeof(decimal) : typeof(double),
            _ => ValueCore,
        };
        ResultType = function is AggregateFunction.Count or AggregateFunction.Sum ? ResultCore : typeof(Nullable<>).MakeGenericType(ResultCore);
        EmptyValue = function is AggregateFunction.Count or AggregateFunction.Sum ? Activator.CreateInstance(ResultCore) : null;
    }

    internal AggregateFunction Function { get; }

    /// <summary>Gets the element value read (over the element parameter), or <see langword="null"/> for a count.</summary>
    internal Expression? Value { get; }

    internal Type ValueCore { get; }

    internal Type AccumulatorType { get; }

    internal Type ResultCore { get; }

    internal Type ResultType { get; }

    internal object? EmptyValue { get; }

    internal bool ValueIsNullable => Value is not null && (!Value.Type.IsValueType || Nullable.GetUnderlyingType(Value.Type) is not null);

    /// <summary>The selector body of the LINQ form: non-null for sum (missing adds 0), nullable for the others.</summary>
    internal Expression Selector()
    {
        var value = Value!;
        if (Function == AggregateFunction.Sum)
        {
            var present = ValueIsNullable ? Expression.Coalesce(value, Expression.Default(ValueCore)) : value;
            return present.Type == AccumulatorType ? present : Expression.Convert(present, AccumulatorType);
        }

        var target = typeof(Nullable<>).MakeGenericType(Function == AggregateFunction.Average ? ResultCore : ValueCore);
        return value.Type == target ? value : Expression.Convert(value, target);
    }
}
