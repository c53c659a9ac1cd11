using Segmentation.Analytics;

namespace Segmentation.Cli.Rfm;

/// <summary>The analytics of one run: the segment report and the revenue concentration.</summary>
internal sealed record RfmAnalysis(RfmRun Run, SegmentReport Report, ConcentrationResult Concentration)
{
    /// <summary>The share of revenue the 80/20 point is computed for.</summary>
    public const double ParetoRevenueShare = 0.8;

    /// <summary>The top share of customers whose revenue share is reported.</summary>
    public const double ParetoCustomerShare = 0.2;

    public static RfmAnalysis Of(RfmRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var metrics = new CustomerMetrics[run.Count];
        var revenues = new decimal[run.Count];
        for (var i = 0; i < run.Count; i++)
        {
            revenues[i] = (decimal)Math.Round(run.Monetary[i], 4, MidpointRounding.AwayFromZero);
            metrics[i] = new CustomerMetrics(run.Frequency[i], revenues[i], run.RecencyDays[i]);
        }

        var report = SegmentReport.CreateExclusive(run.SegmentNames, run.Segments, metrics);

        // Net returns make some customers' revenue negative; they count as zero for concentration.
        var concentration = Segmentation.Analytics.Concentration.Analyze(
            revenues,
            new ConcentrationOptions
            {
                NegativeRevenue = NegativeRevenueHandling.TreatAsZero,
                TopCustomerShares = [0.01, 0.1, ParetoCustomerShare],
                RevenueShareTargets = [0.5, ParetoRevenueShare],
                LorenzPointCount = 101,
            });
        return new RfmAnalysis(run, report, concentration);
    }
}
