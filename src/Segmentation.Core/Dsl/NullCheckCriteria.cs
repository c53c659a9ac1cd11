namespace Segmentation.Dsl;

/// <summary><c>IsNull</c> and <c>HasValue</c>, for every field except child collections.</summary>
public static class NullCheckCriteria
{
    /// <summary>The field is missing (a null value, or a null object on its path).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TValue">The field's value type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext IsNull<TNext, TValue>(this IFieldBuilder<TNext, TValue> field)
        where TValue : struct => Operators.NullCheck(field, isNull: true);

    /// <summary>The field has a value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <typeparam name="TValue">The field's value type.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext HasValue<TNext, TValue>(this IFieldBuilder<TNext, TValue> field)
        where TValue : struct => Operators.NullCheck(field, isNull: false);

    /// <summary>The string field is missing.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext IsNull<TNext>(this IFieldBuilder<TNext, string?> field) => Operators.NullCheck(field, isNull: true);

    /// <summary>The string field has a value.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext HasValue<TNext>(this IFieldBuilder<TNext, string?> field) => Operators.NullCheck(field, isNull: false);

    /// <summary>The string set is missing (an empty set is not missing).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext IsNull<TNext>(this IFieldBuilder<TNext, IEnumerable<string>?> field) => Operators.NullCheck(field, isNull: true);

    /// <summary>The string set is present (possibly empty).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext HasValue<TNext>(this IFieldBuilder<TNext, IEnumerable<string>?> field) => Operators.NullCheck(field, isNull: false);
}
