namespace Segmentation.Definitions;

/// <summary>Matches when a date or date-time field falls in a <see cref="TimeWindow"/>.</summary>
/// <remarks>A missing value never matches.</remarks>
public sealed record TimeWindowCriterion : Criterion
{
    /// <summary>Creates a time-window test.</summary>
    /// <param name="field">The catalog name of a date or date-time field.</param>
    /// <param name="window">The window.</param>
    public TimeWindowCriterion(string field, TimeWindow window)
    {
        Field = Names.Field(field, nameof(TimeWindowCriterion));
        Window = window;
    }

    /// <summary>Gets the catalog name of the field.</summary>
    public string Field { get; }

    /// <summary>Gets the window.</summary>
    public TimeWindow Window { get; }
}
