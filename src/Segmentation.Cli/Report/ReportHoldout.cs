using System.Globalization;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Validation;
using Segmentation.Privacy;

namespace Segmentation.Cli.Report;

/// <summary>
/// Predicted against actual mean purchases in the holdout, by calibration frequency (the figure of
/// Fader, Hardie and Lee 2005): one row per frequency, the last one "and more".
/// </summary>
internal sealed record ReportHoldout(string HoldoutEnd, double Length, IReadOnlyList<ReportHoldoutRow> Rows, double Actual, double Predicted)
{
    public static ReportHoldout Of(PredictionRun run, IReadOnlyList<HoldoutRow> rows, SmallCellSuppression suppression)
    {
        // A small group's count and means are hidden together (its mean would give its customers' purchases back).
        var hidden = suppression.Apply([.. rows.Select(r => r.Customers)]).Of(0);
        var shown = rows.Select((r, i) => new ReportHoldoutRow(
            r.AndMore ? string.Create(CultureInfo.InvariantCulture, $"{r.Frequency}+") : r.Frequency.ToString(CultureInfo.InvariantCulture),
            hidden[i] ? null : r.Customers,
            hidden[i] ? null : r.ActualMean,
            hidden[i] ? null : r.PredictedMean)).ToArray();
        return new ReportHoldout(
            run.Summary.HoldoutEnd!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.Summary.HoldoutLength,
            shown,
            rows.Sum(r => r.ActualMean * r.Customers),
            rows.Sum(r => r.PredictedMean * r.Customers));
    }
}
