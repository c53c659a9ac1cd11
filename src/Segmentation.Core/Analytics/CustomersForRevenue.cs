namespace Segmentation.Analytics;

/// <summary>The fewest customers that bring a share of revenue: "80% of revenue comes from the top 33% of customers".</summary>
/// <param name="RevenueShare">The requested share of revenue, e.g. 0.8.</param>
/// <param name="Customers">The smallest number of customers, taken by revenue descending, whose revenue is at least <paramref name="RevenueShare"/> of the population's.</param>
/// <param name="Revenue">Their revenue, at least the requested share.</param>
/// <param name="CustomerShare"><paramref name="Customers"/> divided by the population's customers, from 0 to 1.</param>
public readonly record struct CustomersForRevenue(double RevenueShare, long Customers, decimal Revenue, double CustomerShare)
{
    /// <summary>Gets a value indicating whether the figure is suppressed by the small-cell rule (<see cref="ConcentrationOptions.Suppression"/>); its customers, revenue and share are then zero.</summary>
    /// <value><see langword="false"/> unless suppressed.</value>
    public bool IsSuppressed { get; init; }
}
