using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of string fields. Comparisons are ordinal unless <c>ignoreCase</c> is set.</summary>
public static class TextCriteria
{
    /// <summary>The field equals the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare without regard to case (a text criterion, not allowed on enum-valued fields).</param>
    /// <returns>The chain.</returns>
    public static TNext EqualTo<TNext>(this IFieldBuilder<TNext, string?> field, string value, bool ignoreCase = false) => ignoreCase
        ? Operators.Text(field, TextOperator.Equal, value, ignoreCase: true)
        : Operators.Compare(field, ComparisonOperator.Equal, value);

    /// <summary>The field has a value and it differs from the given one (ordinally).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public static TNext NotEqualTo<TNext>(this IFieldBuilder<TNext, string?> field, string value) =>
        Operators.Compare(field, ComparisonOperator.NotEqual, value);

    /// <summary>The field equals one of the values (ordinally).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext In<TNext>(this IFieldBuilder<TNext, string?> field, params string[] values) => Operators.In(field, values, negated: false);

    /// <summary>The field has a value that equals none of the values (ordinally).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext NotIn<TNext>(this IFieldBuilder<TNext, string?> field, params string[] values) => Operators.In(field, values, negated: true);

    /// <summary>The field starts with the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The prefix.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare without regard to case.</param>
    /// <returns>The chain.</returns>
    public static TNext StartsWith<TNext>(this IFieldBuilder<TNext, string?> field, string value, bool ignoreCase = false) =>
        Operators.Text(field, TextOperator.StartsWith, value, ignoreCase);

    /// <summary>The field ends with the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The suffix.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare without regard to case.</param>
    /// <returns>The chain.</returns>
    public static TNext EndsWith<TNext>(this IFieldBuilder<TNext, string?> field, string value, bool ignoreCase = false) =>
        Operators.Text(field, TextOperator.EndsWith, value, ignoreCase);

    /// <summary>The field contains the value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="value">The text to look for.</param>
    /// <param name="ignoreCase"><see langword="true"/> to compare without regard to case.</param>
    /// <returns>The chain.</returns>
    public static TNext Contains<TNext>(this IFieldBuilder<TNext, string?> field, string value, bool ignoreCase = false) =>
        Operators.Text(field, TextOperator.Contains, value, ignoreCase);
}
