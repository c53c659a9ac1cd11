using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>The R-by-F grid: customers and mean monetary value per cell.</summary>
internal sealed record ReportHeatmap(int Bins, IReadOnlyList<ReportHeatmapCell> Cells)
{
    public static ReportHeatmap Of(RfmRun run)
    {
        var bins = run.Scores.Bins;
        var counts = new long[bins, bins];
        var sums = new decimal[bins, bins];
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var monetary = run.Aggregates.MonetaryArray;
        for (var i = 0; i < run.Count; i++)
        {
            counts[r[i] - 1, f[i] - 1]++;
            sums[r[i] - 1, f[i] - 1] += monetary[i];
        }

        var cells = new List<ReportHeatmapCell>(bins * bins);
        for (var ri = 0; ri < bins; ri++)
        {
            for (var fi = 0; fi < bins; fi++)
            {
                var n = counts[ri, fi];
                cells.Add(new ReportHeatmapCell(ri + 1, fi + 1, n, n == 0 ? null : Math.Round(sums[ri, fi] / n, 2)));
            }
        }

        return new ReportHeatmap(bins, cells);
    }
}
