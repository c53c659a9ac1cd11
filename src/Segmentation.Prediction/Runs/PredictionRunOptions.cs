using Segmentation.Prediction.Fitting;
using Segmentation.Privacy;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Runs;

/// <summary>What a prediction run does: the summary, the count model, the horizon, the discount rate and who is left out.</summary>
/// <param name="Summary">The calibration end, time unit and optional holdout.</param>
public sealed record PredictionRunOptions(SummaryOptions Summary)
{
    /// <summary>Gets the count model to fit.</summary>
    /// <value>The default value is <see cref="CountModelKind.BgNbd"/>.</value>
    public CountModelKind Model { get; init; } = CountModelKind.BgNbd;

    /// <summary>Gets the horizon of the expected purchases and the lifetime value, in the summary's time unit, or <see langword="null"/> for one year (52 weeks or 365 days); at most <see cref="Value.CustomerValue.MaximumHorizonYears"/> years (<see cref="PredictionPipeline.Run"/> refuses a longer one).</summary>
    /// <value>The default value is <see langword="null"/>: one year.</value>
    public double? Horizon { get; init; }

    /// <summary>Gets the annual discount rate of the lifetime value (0.1 for 10%).</summary>
    /// <value>The default value is 0.1.</value>
    public double AnnualDiscountRate { get; init; } = 0.1;

    /// <summary>Gets the fit's tolerance and iteration budget.</summary>
    /// <value>The default value is <see cref="FitOptions.Default"/>.</value>
    public FitOptions Fit { get; init; } = FitOptions.Default;

    /// <summary>
    /// Gets the customers who must never appear: their purchase lines are dropped before the
    /// summary, so they are in no prediction, no holdout figure, and do not influence the fitted models.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nobody is left out.</value>
    public SuppressionList? SuppressionList { get; init; }
}
