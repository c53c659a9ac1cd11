namespace Segmentation.Analytics;

/// <summary>The revenue share of the top customers: "the top 20% bring 68% of revenue".</summary>
/// <param name="CustomerShare">The requested share of customers, e.g. 0.2.</param>
/// <param name="Customers">The customers counted: ⌈<paramref name="CustomerShare"/> · customers⌉, those with the highest revenue.</param>
/// <param name="Revenue">Their revenue.</param>
/// <param name="RevenueShare">Their revenue divided by the population's revenue, from 0 to 1.</param>
public readonly record struct TopCustomersRevenue(double CustomerShare, long Customers, decimal Revenue, double RevenueShare)
{
    /// <summary>Gets a value indicating whether the figure is suppressed by the small-cell rule (<see cref="ConcentrationOptions.Suppression"/>); its customers, revenue and share are then zero.</summary>
    /// <value><see langword="false"/> unless suppressed.</value>
    public bool IsSuppressed { get; init; }
}
