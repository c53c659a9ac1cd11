using Segmentation.Cli.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>The 80/20 shares the report marks.</summary>
internal static class RfmAnalysisShares
{
    public const double Revenue = RfmAnalysis.ParetoRevenueShare;

    public const double Customers = RfmAnalysis.ParetoCustomerShare;
}
