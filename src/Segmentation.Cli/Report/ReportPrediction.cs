using System.Globalization;
using Segmentation.Prediction.Fitting;
using Segmentation.Privacy;
using Segmentation.Prediction.Runs;

namespace Segmentation.Cli.Report;

/// <summary>The prediction section: the fitted models, what they expect over the horizon and, with a holdout, the validation figure.</summary>
internal sealed record ReportPrediction(
    string Model,
    string TimeUnit,
    string CalibrationEnd,
    double Horizon,
    double DiscountRate,
    long Customers,
    long RepeatBuyers,
    IReadOnlyList<ReportParameter> Parameters,
    double LogLikelihood,
    string Optimizer,
    IReadOnlyList<ReportParameter> SpendParameters,
    string? SpendProblem,
    double MeanProbabilityAlive,
    double ExpectedPurchases,
    decimal? LifetimeValue,
    ReportHoldout? Holdout)
{
    public static ReportPrediction Of(PredictionRun run, SmallCellSuppression suppression)
    {
        ArgumentNullException.ThrowIfNull(run);
        var customers = run.Customers;
        return new ReportPrediction(
            run.Model.Name,
            run.Summary.TimeUnit.ToString().ToLowerInvariant(),
            run.Summary.CalibrationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.Horizon,
            run.AnnualDiscountRate,
            customers.Count,
            customers.Count(c => c.Frequency > 0),
            Estimates(run.Report),
            run.Report.LogLikelihood,
            run.Report.Optimizer,
            run.Spend?.Report is { } spend ? Estimates(spend) : [],
            run.SpendProblem,
            customers.Count == 0 ? 0d : customers.Average(c => c.ProbabilityAlive),
            customers.Sum(c => c.ExpectedPurchases),
            run.Spend is null ? null : customers.Sum(c => c.LifetimeValue ?? 0m),
            run.Holdout is { } holdout ? ReportHoldout.Of(run, holdout, suppression) : null);
    }

    private static ReportParameter[] Estimates(FitReport report) =>
        [.. report.Parameters.Select(p => new ReportParameter(p.Name, p.Value, p.StandardError))];
}
