using Segmentation.Analytics;

namespace Segmentation.Cli.Report;

/// <summary>
/// The Lorenz curve (customers ranked by revenue ascending) and the marked 80/20 point. Under
/// small-cell suppression the library gives the curve at whole customers k or more apart, and a
/// figure of fewer customers as suppressed: it is null here, and the section shows the marker.
/// </summary>
internal sealed record ReportLorenz(
    IReadOnlyList<double[]> Points,
    IReadOnlyList<double[]> TablePoints,
    double? Gini,
    double? CustomerShareFor80,
    double? RevenueShareOfTop20)
{
    public static ReportLorenz Of(ConcentrationResult concentration)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        var points = concentration.LorenzCurve.Select(p => new[] { Math.Round(p.CustomerShare, 5), Math.Round(p.RevenueShare, 5) }).ToArray();
        var for80 = concentration.GetCustomersFor(RfmAnalysisShares.Revenue);
        var top20 = concentration.GetTopCustomers(RfmAnalysisShares.Customers);
        return new ReportLorenz(
            points,
            Deciles(points),
            concentration.IsPopulationSuppressed ? null : concentration.Gini,
            for80.IsSuppressed ? null : for80.CustomerShare,
            top20.IsSuppressed ? null : top20.RevenueShare);
    }

    // The data table: the first point at or past each tenth of the customers (every point when the curve has few).
    private static double[][] Deciles(double[][] points) =>
        points.Length <= 11
            ? points
            : [.. Enumerable.Range(0, 11).Select(d => Array.Find(points, p => p[0] >= (d / 10d) - 1e-9)!).Distinct()];
}
