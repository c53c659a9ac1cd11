using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>The R-by-F grid: customers and mean monetary value per cell, as the library computes and suppresses them.</summary>
internal sealed record ReportHeatmap(int Bins, IReadOnlyList<ReportHeatmapCell> Cells)
{
    public static ReportHeatmap Of(RfmRun run) => new(
        run.Scores.Bins,
        [.. run.Figures.Heatmap.Select(c => new ReportHeatmapCell(c.Recency, c.Frequency, c.Customers, c.MeanMonetary is { } mean ? Math.Round(mean, 2) : null, c.IsSuppressed))]);
}
