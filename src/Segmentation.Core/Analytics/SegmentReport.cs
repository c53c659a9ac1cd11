using Segmentation.Definitions;
using Segmentation.Privacy;

namespace Segmentation.Analytics;

/// <summary>
/// Customers, orders, revenue, average order value and recency per segment, with each segment's
/// share of the population, ranked by revenue share so the most profitable groups come first.
/// </summary>
/// <remarks>
/// In <see cref="SegmentSetMode.FirstMatch"/> mode the customer shares (and the revenue
/// shares) of the rows add up to 1. In <see cref="SegmentSetMode.AllMatches"/> mode a
/// customer counts in every segment they are in, so the shares can add up to more than 1, and to
/// less than 1 when some customers are in no segment. Build one with
/// <see cref="SegmentReportBuilder"/> or the <c>CreateExclusive</c> and <c>CreateOverlapping</c> methods.
/// <para>
/// Small segments are suppressed (<see cref="SmallCellSuppression"/>, by default fewer than 5
/// customers, with secondary suppression so the total cannot give them back): their rows have
/// <see cref="SegmentReportRow.IsSuppressed"/> set, zero figures, and come last. Render them as
/// suppressed (<see cref="SmallCellSuppression.Marker"/>), never as zero.
/// </para>
/// </remarks>
public sealed partial class SegmentReport
{
    internal SegmentReport(
        SegmentSetMode mode,
        string[] names,
        SegmentReportBuilder.Accumulator[] segments,
        SegmentReportBuilder.Accumulator population,
        SmallCellSuppression suppression,
        IReadOnlyList<bool>? suppressed = null)
    {
        Mode = mode;
        Suppression = suppression;
        suppressed ??= suppression.Apply(segments.Select(s => s.Customers).ToArray()).Of(0);
        IsSuppressed = suppression.IsSmall(population.Customers);
        if (IsSuppressed)
        {
            population = default;
        }

        Customers = population.Customers;
        Orders = population.Orders;
        Revenue = population.Revenue;
        AverageOrderValue = AverageOf(population.Revenue, population.Orders);
        AverageRecencyDays = RecencyOf(population);

        var rows = new SegmentReportRow[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            var hidden = IsSuppressed || (i < suppressed.Count && suppressed[i]);
            rows[i] = hidden
                ? new SegmentReportRow(0, i, names[i], 0, 0, 0, 0, 0, null, null) { IsSuppressed = true }
                : new SegmentReportRow(
                    0,
                    i,
                    names[i],
                    s.Customers,
                    population.Customers == 0 ? 0 : (double)s.Customers / population.Customers,
                    s.Orders,
                    s.Revenue,
                    population.Revenue == 0 ? 0 : (double)(s.Revenue / population.Revenue),
                    AverageOf(s.Revenue, s.Orders),
                    RecencyOf(s));
        }

        // Ranked by revenue (the same order as revenue share); ties keep the segment-set order.
        // Suppressed rows come last in set order: their place in the ranking would bound their revenue.
        Array.Sort(rows, static (a, b) => a.IsSuppressed != b.IsSuppressed ? a.IsSuppressed.CompareTo(b.IsSuppressed)
            : b.Revenue != a.Revenue ? b.Revenue.CompareTo(a.Revenue) : a.SegmentIndex.CompareTo(b.SegmentIndex));
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = rows[i] with { Rank = i + 1 };
        }

        Rows = rows;
    }

    /// <summary>Gets the small-cell rule the report applied.</summary>
    /// <value><see cref="SmallCellSuppression.Default"/> unless the builder or the run was given another.</value>
    public SmallCellSuppression Suppression { get; }

    /// <summary>Gets a value indicating whether the whole population is smaller than the minimum group size, so that every figure, the totals included, is suppressed (and zero).</summary>
    /// <value><see langword="true"/> when the population has 1 to <see cref="SmallCellSuppression.MinGroupSize"/> − 1 customers.</value>
    public bool IsSuppressed { get; }

    /// <summary>Gets how customers belong to the segments.</summary>
    /// <value>FirstMatch (exclusive: shares add up to 1) or AllMatches (overlapping: they need not).</value>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets the customers in the population.</summary>
    /// <value>Every customer added, whatever their segments.</value>
    public long Customers { get; }

    /// <summary>Gets the orders of the population.</summary>
    /// <value>The sum over every customer.</value>
    public long Orders { get; }

    /// <summary>Gets the revenue of the population, the denominator of the revenue shares.</summary>
    /// <value>The sum over every customer.</value>
    public decimal Revenue { get; }

    /// <summary>Gets the population's revenue divided by its orders.</summary>
    /// <value><see langword="null"/> when there are no orders.</value>
    public decimal? AverageOrderValue { get; }

    /// <summary>Gets the mean recency of the customers who have one.</summary>
    /// <value><see langword="null"/> when no customer has a recency.</value>
    public double? AverageRecencyDays { get; }

    /// <summary>Gets one row per segment, ranked by revenue share, largest first; equal revenues keep the segment-set order.</summary>
    /// <value>As many rows as the segment set has segments, empty segments included.</value>
    public IReadOnlyList<SegmentReportRow> Rows { get; }

    /// <summary>Finds the row of a segment by name.</summary>
    /// <param name="name">The segment name (ordinal comparison).</param>
    /// <returns>The segment's row.</returns>
    /// <exception cref="SegmentationException">No segment has that name.</exception>
    public SegmentReportRow this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            foreach (var row in Rows)
            {
                if (string.Equals(row.Name, name, StringComparison.Ordinal))
                {
                    return row;
                }
            }

            throw new SegmentationException($"The report has no segment named '{name}'. Use one of the names the report was built with.", name);
        }
    }

    private static decimal? AverageOf(decimal revenue, long orders) => orders == 0 ? null : revenue / orders;

    private static double? RecencyOf(SegmentReportBuilder.Accumulator s) =>
        s.CustomersWithRecency == 0 ? null : s.RecencyDaysSum / s.CustomersWithRecency;
}
