using Segmentation.Analytics;

namespace Segmentation.Cli.Report;

/// <summary>The Lorenz curve (customers ranked by revenue ascending) and the marked 80/20 point.</summary>
internal sealed record ReportLorenz(
    IReadOnlyList<double[]> Points,
    double Gini,
    double CustomerShareFor80,
    double RevenueShareOfTop20)
{
    public static ReportLorenz Of(ConcentrationResult concentration)
    {
        ArgumentNullException.ThrowIfNull(concentration);
        var points = concentration.LorenzCurve.Select(p => new[] { Math.Round(p.CustomerShare, 5), Math.Round(p.RevenueShare, 5) }).ToArray();
        var for80 = concentration.GetCustomersFor(RfmAnalysisShares.Revenue).CustomerShare;
        var top20 = concentration.GetTopCustomers(RfmAnalysisShares.Customers).RevenueShare;
        return new ReportLorenz(points, concentration.Gini, for80, top20);
    }
}
