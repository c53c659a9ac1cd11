using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// Age bands over birth-date fields: the age is computed as of each evaluation's as-of date (a
/// person is N years old from their Nth birthday; 29 February birthdays count from 1 March in
/// other years). See <see cref="AgeCriterion"/>.
/// </summary>
public static class AgeCriteria
{
    /// <summary>The age on the as-of date is from <paramref name="minYears"/> to <paramref name="maxYears"/> whole years, both included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="minYears">The youngest matching age.</param>
    /// <param name="maxYears">The oldest matching age; <c>Build()</c> rejects it below <paramref name="minYears"/>.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeBetween<TNext>(this IFieldBuilder<TNext, DateOnly> field, int minYears, int maxYears) => Age(field, minYears, maxYears);

    /// <summary>The age on the as-of date is at least <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The youngest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtLeast<TNext>(this IFieldBuilder<TNext, DateOnly> field, int years) => Age(field, years, null);

    /// <summary>The age on the as-of date is at most <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The oldest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtMost<TNext>(this IFieldBuilder<TNext, DateOnly> field, int years) => Age(field, null, years);

    /// <summary>The age on the as-of date is from <paramref name="minYears"/> to <paramref name="maxYears"/> whole years, both included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="minYears">The youngest matching age.</param>
    /// <param name="maxYears">The oldest matching age; <c>Build()</c> rejects it below <paramref name="minYears"/>.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeBetween<TNext>(this IFieldBuilder<TNext, DateTime> field, int minYears, int maxYears) => Age(field, minYears, maxYears);

    /// <summary>The age on the as-of date is at least <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The youngest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtLeast<TNext>(this IFieldBuilder<TNext, DateTime> field, int years) => Age(field, years, null);

    /// <summary>The age on the as-of date is at most <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The oldest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtMost<TNext>(this IFieldBuilder<TNext, DateTime> field, int years) => Age(field, null, years);

    /// <summary>The age on the as-of date is from <paramref name="minYears"/> to <paramref name="maxYears"/> whole years, both included.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="minYears">The youngest matching age.</param>
    /// <param name="maxYears">The oldest matching age; <c>Build()</c> rejects it below <paramref name="minYears"/>.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeBetween<TNext>(this IFieldBuilder<TNext, DateTimeOffset> field, int minYears, int maxYears) => Age(field, minYears, maxYears);

    /// <summary>The age on the as-of date is at least <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The youngest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtLeast<TNext>(this IFieldBuilder<TNext, DateTimeOffset> field, int years) => Age(field, years, null);

    /// <summary>The age on the as-of date is at most <paramref name="years"/> whole years.</summary>
    /// <typeparam name="TNext">The chain.</typeparam>
    /// <param name="field">The picked birth-date field.</param>
    /// <param name="years">The oldest matching age.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="Binding.DefinitionException">A bound is outside 0..<see cref="AgeCriterion.MaxAge"/> or the band is empty; the location names the segment and criterion.</exception>
    public static TNext AgeAtMost<TNext>(this IFieldBuilder<TNext, DateTimeOffset> field, int years) => Age(field, null, years);

    private static TNext Age<TNext, TValue>(IFieldBuilder<TNext, TValue> field, int? minYears, int? maxYears)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Operators.Add(field, () => new AgeCriterion(field.Field.Name, minYears, maxYears));
    }
}
