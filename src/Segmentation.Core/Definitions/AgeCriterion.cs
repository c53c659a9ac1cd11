namespace Segmentation.Definitions;

/// <summary>
/// Matches when the age computed from a birth-date field, as of the evaluation's as-of date, lies in
/// a range of whole years (both ends included): an age band such as 18 to 29.
/// </summary>
/// <remarks>
/// <para>
/// A person is N years old from their Nth birthday on. The as-of date is the calendar date of the
/// as-of instant in its own offset. Someone born on 29 February turns a year older on 1 March in
/// years without a 29 February.
/// </para>
/// <para>
/// The criterion compiles to at most two comparisons of the birth date with bounds computed from the
/// as-of date, so LINQ providers translate it. <see cref="DateTime"/> and <see cref="DateTimeOffset"/>
/// birth fields are compared with UTC midnight bounds; prefer <see cref="DateOnly"/> birth dates.
/// A missing birth date does not match.
/// </para>
/// </remarks>
public sealed record AgeCriterion : Criterion
{
    /// <summary>The largest age a band can name.</summary>
    public const int MaxAge = 200;

    /// <summary>Creates an age band.</summary>
    /// <param name="field">The catalog name of a date (or date-time) field holding the birth date.</param>
    /// <param name="minYears">The youngest matching age in whole years; <see langword="null"/> for no lower bound.</param>
    /// <param name="maxYears">The oldest matching age in whole years (included); <see langword="null"/> for no upper bound.</param>
    /// <exception cref="Binding.DefinitionException">The field name is blank, both bounds are missing, a bound is outside 0..<see cref="MaxAge"/>, or <paramref name="minYears"/> exceeds <paramref name="maxYears"/>.</exception>
    public AgeCriterion(string field, int? minYears, int? maxYears)
    {
        Field = Names.Field(field, nameof(AgeCriterion));
        Names.Check(DefinitionRules.AgeBand(minYears, maxYears), nameof(AgeCriterion));

        MinYears = minYears;
        MaxYears = maxYears;
    }

    /// <summary>Gets the catalog name of the birth-date field.</summary>
    public string Field { get; }

    /// <summary>Gets the youngest matching age in whole years; <see langword="null"/> for no lower bound.</summary>
    public int? MinYears { get; }

    /// <summary>Gets the oldest matching age in whole years (included); <see langword="null"/> for no upper bound.</summary>
    public int? MaxYears { get; }
}
