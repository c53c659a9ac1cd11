using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>The score bands of R, F and M, the order-count distribution and the recency-by-monetary sample, as the library computes them.</summary>
internal sealed record ReportDistributions(
    IReadOnlyList<RfmScoreBand> Recency,
    IReadOnlyList<RfmScoreBand> Frequency,
    IReadOnlyList<RfmScoreBand> Monetary,
    IReadOnlyList<long> OrderCounts,
    IReadOnlyList<bool> OrderCountsSuppressed,
    int OrderCountCap,
    IReadOnlyList<decimal[]> RecencyMonetary)
{
    public static ReportDistributions Of(RfmRunFigures figures) => new(
        figures.RecencyBands,
        figures.FrequencyBands,
        figures.MonetaryBands,
        figures.OrderCounts,
        figures.OrderCountsSuppressed,
        RfmRunFigures.OrderCountCap,
        [.. figures.RecencyMonetary.Select(p => new[] { p.RecencyDays, p.Monetary })]);
}
