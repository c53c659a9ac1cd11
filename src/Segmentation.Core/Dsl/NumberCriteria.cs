using System.Numerics;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of number fields (any CLR numeric type, nullable or not).</summary>
public static class NumberCriteria
{
    /// <summary>The field equals the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext EqualTo<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.Equal, value);

    /// <summary>The field has a value and it differs from the given one.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext NotEqualTo<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.NotEqual, value);

    /// <summary>The field is greater than the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext GreaterThan<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.GreaterThan, value);

    /// <summary>The field is at least the value (<c>&gt;=</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext AtLeast<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>The field is less than the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext LessThan<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.LessThan, value);

    /// <summary>The field is at most the value (<c>&lt;=</c>).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext AtMost<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber value)
        where TNumber : struct, INumber<TNumber> => Compare(field, ComparisonOperator.LessThanOrEqual, value);

    /// <summary>The field lies between two values, both included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="low">The smallest matching value.</param>
    /// <param name="high">The largest matching value; <c>Build()</c> rejects it below <paramref name="low"/>.</param>
    /// <returns>The chain.</returns>
    public static TNext Between<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, TNumber low, TNumber high)
        where TNumber : struct, INumber<TNumber> => Operators.Between(field, low, high);

    /// <summary>The field equals one of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext In<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, params TNumber[] values)
        where TNumber : struct, INumber<TNumber> => Operators.In(field, values, negated: false);

    /// <summary>The field has a value that equals none of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TNumber">The field's number type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext NotIn<TNext, TNumber>(this IFieldBuilder<TNext, TNumber> field, params TNumber[] values)
        where TNumber : struct, INumber<TNumber> => Operators.In(field, values, negated: true);

    private static TNext Compare<TNext, TNumber>(IFieldBuilder<TNext, TNumber> field, ComparisonOperator op, TNumber value)
        where TNumber : struct, INumber<TNumber> => Operators.Compare(field, op, value);
}
