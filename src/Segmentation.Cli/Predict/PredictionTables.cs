using System.Globalization;
using Segmentation.Prediction.Runs;
using Segmentation.Privacy;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Segmentation.Cli.Predict;

/// <summary>The fitted parameters with standard errors and the log-likelihood, as printed by <c>segment predict</c>.</summary>
internal static class PredictionTables
{
    public static IRenderable Fit(PredictionRun run)
    {
        var report = run.Report;
        var table = new Table().Title(Markup.Escape($"{report.Model} fit on {run.Summary.Customers.Count:N0} customers ({run.Summary.TimeUnit.ToString().ToLowerInvariant()}, calibration to {run.Summary.CalibrationEnd:yyyy-MM-dd})"))
            .AddColumn("parameter").AddColumn(new TableColumn("estimate").RightAligned()).AddColumn(new TableColumn("std. error").RightAligned());
        foreach (var p in report.Parameters)
        {
            table.AddRow(Markup.Escape(p.Name), G(p.Value), G(p.StandardError));
        }

        if (run.Spend?.Report is { } spend)
        {
            foreach (var p in spend.Parameters)
            {
                table.AddRow(Markup.Escape($"{p.Name} (Gamma-Gamma)"), G(p.Value), G(p.StandardError));
            }
        }

        var lines = new List<IRenderable>
        {
            table,
            new Markup(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"log-likelihood {report.LogLikelihood:F2}, gradient {report.GradientNorm:G2}, {report.Optimizer}, {report.Iterations} iterations"))),
        };
        if (run.Spend?.Report is { } spendReport)
        {
            lines.Add(new Markup(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Gamma-Gamma log-likelihood {spendReport.LogLikelihood:F2} on {spendReport.Observations:N0} repeat buyers"))));
        }
        else
        {
            lines.Add(new Markup(Markup.Escape($"No spend model: {run.SpendProblem}; expected_spend and clv are empty.")));
        }

        return new Rows(lines);
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Actual against predicted holdout purchases by calibration frequency, the literature's validation figure as a table.</summary>
    public static IRenderable Holdout(PredictionRun run, IReadOnlyList<Segmentation.Prediction.Validation.HoldoutRow> rows, SmallCellSuppression suppression)
    {
        // The rows split the fitted customers (printed in the fit's title): the library's rule decides which to hide.
        var hidden = suppression.Apply([.. rows.Select(r => (long)r.Customers)]).Of(0);
        var index = 0;
        var table = new Table().Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Holdout {run.Summary.CalibrationEnd:yyyy-MM-dd} to {run.Summary.HoldoutEnd:yyyy-MM-dd} ({run.Summary.HoldoutLength:0.##} {run.Summary.TimeUnit.ToString().ToLowerInvariant()}): purchases per customer")))
            .AddColumn("calibration frequency").AddColumn(new TableColumn("customers").RightAligned()).AddColumn(new TableColumn("actual").RightAligned()).AddColumn(new TableColumn("predicted").RightAligned());
        foreach (var row in rows)
        {
            if (hidden[index++])
            {
                table.AddRow(row.AndMore ? string.Create(CultureInfo.InvariantCulture, $"{row.Frequency}+") : row.Frequency.ToString(CultureInfo.InvariantCulture), Markup.Escape(suppression.Marker), "-", "-");
                continue;
            }

            table.AddRow(
                row.AndMore ? string.Create(CultureInfo.InvariantCulture, $"{row.Frequency}+") : row.Frequency.ToString(CultureInfo.InvariantCulture),
                row.Customers.ToString("N0", CultureInfo.InvariantCulture),
                row.ActualMean.ToString("0.000", CultureInfo.InvariantCulture),
                row.PredictedMean.ToString("0.000", CultureInfo.InvariantCulture));
        }

        return new Rows(table, Output.SummaryTables.Privacy(suppression));
    }
}
