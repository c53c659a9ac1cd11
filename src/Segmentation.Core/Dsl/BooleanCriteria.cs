using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Operators of boolean fields.</summary>
public static class BooleanCriteria
{
    /// <summary>The field is <see langword="true"/> (a missing value does not match).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext IsTrue<TNext>(this IFieldBuilder<TNext, bool> field) => Operators.Compare(field, ComparisonOperator.Equal, true);

    /// <summary>The field is <see langword="false"/> (a missing value does not match).</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked field.</param>
    /// <returns>The chain.</returns>
    public static TNext IsFalse<TNext>(this IFieldBuilder<TNext, bool> field) => Operators.Compare(field, ComparisonOperator.Equal, false);
}
