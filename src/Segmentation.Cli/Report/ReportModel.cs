using System.Globalization;
using Segmentation.Prediction.Runs;
using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>Everything the HTML page shows, serialized as JSON into the page for Chart.js.</summary>
internal sealed record ReportModel(
    string Source,
    string AsOf,
    long? Transactions,
    long? Customers,
    long SkippedRows,
    string Method,
    int Bins,
    decimal? TotalRevenue,
    IReadOnlyList<ReportSegment> Segments,
    IReadOnlyList<string> Notes,
    ReportDistributions Distributions,
    ReportHeatmap Heatmap,
    ReportLorenz Lorenz,
    ReportMigration? Migration,
    ReportPrediction? Prediction,
    ReportPrivacy Privacy)
{
    /// <summary>Gets the customer types, when the run computed them (other activity files given, or the demo); else the section stays hidden.</summary>
    public ReportCustomerTypes? CustomerTypes { get; init; }

    public static ReportModel Create(RfmRun run, RfmRun? previous, string source, long skippedRows, PredictionRun? prediction = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var figures = run.Figures.Segments.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var segments = run.Report.Rows
            .Select(r => (Row: r, Figures: figures[r.Name]))
            .Select(x => x.Row.IsSuppressed
                ? new ReportSegment(x.Row.Name, x.Figures.Description, x.Figures.Action, true, null, null, null, null, null, null, null, null, null)
                : new ReportSegment(
                x.Row.Name,
                x.Figures.Description,
                x.Figures.Action,
                false,
                x.Row.Customers,
                x.Row.CustomerShare,
                x.Row.Revenue,
                x.Row.RevenueShare,
                x.Row.AverageOrderValue,
                x.Row.AverageRecencyDays,
                x.Figures.MedianRecencyDays,
                x.Figures.MedianOrders,
                x.Figures.MedianMonetary))
            .ToArray();
        return new ReportModel(
            source,
            run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // A population below the rule: no count or sum over its few customers, as in its tables.
            run.Report.IsSuppressed ? null : run.Transactions,
            run.Report.IsSuppressed ? null : run.Count,
            skippedRows,
            run.Scores.Method.ToString().ToLowerInvariant(),
            run.Scores.Bins,
            run.Report.IsSuppressed ? null : run.Report.Revenue,
            segments,
            run.Notes,
            ReportDistributions.Of(run.Figures),
            ReportHeatmap.Of(run),
            ReportLorenz.Of(run.Concentration),
            previous is null ? null : ReportMigration.Of(previous, run),
            prediction is null ? null : ReportPrediction.Of(prediction, run.Suppression),
            ReportPrivacy.Of(run.Suppression));
    }
}
