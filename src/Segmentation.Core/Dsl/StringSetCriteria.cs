using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of string-set fields (tags, interests); ordinal.</summary>
public static class StringSetCriteria
{
    /// <summary>The set contains at least one of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext ContainsAny<TNext>(this IFieldBuilder<TNext, IEnumerable<string>?> field, params string[] values) =>
        Operators.Set(field, SetOperator.ContainsAny, values);

    /// <summary>The set contains every one of the values.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext ContainsAll<TNext>(this IFieldBuilder<TNext, IEnumerable<string>?> field, params string[] values) =>
        Operators.Set(field, SetOperator.ContainsAll, values);

    /// <summary>The set contains none of the values; an empty or missing set matches.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <param name="values">One or more values.</param>
    /// <returns>The chain.</returns>
    public static TNext ContainsNone<TNext>(this IFieldBuilder<TNext, IEnumerable<string>?> field, params string[] values) =>
        Operators.Set(field, SetOperator.ContainsNone, values);
}
