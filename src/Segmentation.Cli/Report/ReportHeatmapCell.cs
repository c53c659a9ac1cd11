namespace Segmentation.Cli.Report;

/// <summary>One heatmap cell; the mean is null for an empty cell; a suppressed cell shows neither figure.</summary>
internal sealed record ReportHeatmapCell(int R, int F, long Count, decimal? MeanMonetary, bool Suppressed);
