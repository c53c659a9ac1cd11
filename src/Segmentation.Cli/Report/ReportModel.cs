using System.Globalization;
using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>Everything the HTML page shows, serialized as JSON into the page for Chart.js.</summary>
internal sealed record ReportModel(
    string Source,
    string AsOf,
    long Transactions,
    long Customers,
    long SkippedRows,
    string Method,
    int Bins,
    decimal TotalRevenue,
    IReadOnlyList<ReportSegment> Segments,
    ReportHeatmap Heatmap,
    ReportLorenz Lorenz,
    ReportMigration? Migration)
{
    public static ReportModel Create(RfmRun run, RfmRun? previous, string source, long skippedRows)
    {
        ArgumentNullException.ThrowIfNull(run);
        var segments = run.Report.Rows
            .Select(r => new ReportSegment(r.Name, r.Customers, r.CustomerShare, r.Revenue, r.RevenueShare, r.AverageOrderValue, r.AverageRecencyDays))
            .ToArray();
        return new ReportModel(
            source,
            run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.Transactions,
            run.Count,
            skippedRows,
            run.Scores.Method.ToString().ToLowerInvariant(),
            run.Scores.Bins,
            run.Report.Revenue,
            segments,
            ReportHeatmap.Of(run),
            ReportLorenz.Of(run.Concentration),
            previous is null ? null : ReportMigration.Of(previous, run));
    }
}
