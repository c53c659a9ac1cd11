namespace Segmentation.Cli.Report;

/// <summary>The 80/20 shares the report marks (among the concentration figures <c>RfmPipeline</c> computes by default).</summary>
internal static class RfmAnalysisShares
{
    public const double Revenue = 0.8;

    public const double Customers = 0.2;
}
