namespace Segmentation.Definitions;

/// <summary>A window of time, relative to the as-of instant of an evaluation or fixed.</summary>
/// <remarks>
/// With as-of instant <c>t</c> and <c>start = t - N units</c> (calendar arithmetic):
/// <list type="bullet">
/// <item><see cref="TimeWindowKind.Last"/> matches <c>start &lt;= value &lt;= t</c>;</item>
/// <item><see cref="TimeWindowKind.OlderThan"/> matches <c>value &lt; start</c>;</item>
/// <item><see cref="TimeWindowKind.Between"/> matches <c>From &lt;= value &lt;= To</c>.</item>
/// </list>
/// The as-of instant is supplied when a segment is evaluated (from a <see cref="TimeProvider"/> or
/// explicitly), never read from the clock while building, so a compiled segment stays correct.
/// </remarks>
public readonly record struct TimeWindow
{
    private TimeWindow(TimeWindowKind kind, int amount, TimeUnit unit, DateTimeOffset from, DateTimeOffset to)
    {
        Kind = kind;
        Amount = amount;
        Unit = unit;
        From = from;
        To = to;
    }

    /// <summary>Gets the shape of the window.</summary>
    public TimeWindowKind Kind { get; }

    /// <summary>Gets the number of units of a relative window; 0 for <see cref="TimeWindowKind.Between"/>.</summary>
    public int Amount { get; }

    /// <summary>Gets the unit of a relative window.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Gets the first instant of a <see cref="TimeWindowKind.Between"/> window.</summary>
    public DateTimeOffset From { get; }

    /// <summary>Gets the last instant of a <see cref="TimeWindowKind.Between"/> window.</summary>
    public DateTimeOffset To { get; }

    /// <summary>Creates a window covering the last <paramref name="amount"/> units up to the as-of instant.</summary>
    /// <param name="amount">How many units; zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The window.</returns>
    /// <exception cref="Binding.DefinitionException"><paramref name="amount"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public static TimeWindow Last(int amount, TimeUnit unit)
    {
        Names.Check(DefinitionRules.WindowAmount(amount, nameof(amount)), "TimeWindow.Last");
        return new(TimeWindowKind.Last, amount, Names.Defined(unit, "TimeWindow.Last", nameof(unit)), default, default);
    }

    /// <summary>Creates a window of everything more than <paramref name="amount"/> units before the as-of instant.</summary>
    /// <param name="amount">How many units; zero or more.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The window.</returns>
    /// <exception cref="Binding.DefinitionException"><paramref name="amount"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public static TimeWindow OlderThan(int amount, TimeUnit unit)
    {
        Names.Check(DefinitionRules.WindowAmount(amount, nameof(amount)), "TimeWindow.OlderThan");
        return new(TimeWindowKind.OlderThan, amount, Names.Defined(unit, "TimeWindow.OlderThan", nameof(unit)), default, default);
    }

    /// <summary>Creates a fixed window between two instants, both included.</summary>
    /// <param name="from">The first instant.</param>
    /// <param name="to">The last instant; not before <paramref name="from"/>.</param>
    /// <returns>The window.</returns>
    /// <exception cref="Binding.DefinitionException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static TimeWindow Between(DateTimeOffset from, DateTimeOffset to)
    {
        Names.Check(DefinitionRules.WindowOrder(from, to), "TimeWindow.Between");
        return new(TimeWindowKind.Between, 0, TimeUnit.Days, from, to);
    }

    /// <summary>Computes the first instant of a relative window for a given as-of instant.</summary>
    /// <param name="asOf">The as-of instant of the evaluation.</param>
    /// <returns><c>asOf</c> minus <see cref="Amount"/> units, or <see cref="From"/> for a fixed window.</returns>
    public DateTimeOffset StartFor(DateTimeOffset asOf) => Kind == TimeWindowKind.Between ? From : Unit switch
    {
        TimeUnit.Days => asOf.AddDays(-Amount),
        TimeUnit.Weeks => asOf.AddDays(-7.0 * Amount),
        TimeUnit.Months => asOf.AddMonths(-Amount),
        _ => asOf.AddYears(-Amount),
    };
}
