using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of enum fields; values are stored by member name.</summary>
public static class EnumCriteria
{
    /// <summary>The field equals the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">A defined member.</param>
    /// <returns>The chain.</returns>
    public static TNext EqualTo<TNext, TEnum>(this IFieldBuilder<TNext, TEnum> field, TEnum value)
        where TEnum : struct, Enum => Operators.Compare(field, ComparisonOperator.Equal, value);

    /// <summary>The field has a value and it differs from the given one.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">A defined member.</param>
    /// <returns>The chain.</returns>
    public static TNext NotEqualTo<TNext, TEnum>(this IFieldBuilder<TNext, TEnum> field, TEnum value)
        where TEnum : struct, Enum => Operators.Compare(field, ComparisonOperator.NotEqual, value);

    /// <summary>The field equals one of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more defined members.</param>
    /// <returns>The chain.</returns>
    public static TNext In<TNext, TEnum>(this IFieldBuilder<TNext, TEnum> field, params TEnum[] values)
        where TEnum : struct, Enum => Operators.In(field, values, negated: false);

    /// <summary>The field has a value that equals none of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more defined members.</param>
    /// <returns>The chain.</returns>
    public static TNext NotIn<TNext, TEnum>(this IFieldBuilder<TNext, TEnum> field, params TEnum[] values)
        where TEnum : struct, Enum => Operators.In(field, values, negated: true);
}
