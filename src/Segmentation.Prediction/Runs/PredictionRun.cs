using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Validation;

namespace Segmentation.Prediction.Runs;

/// <summary>The result of <see cref="PredictionPipeline.Run"/>: the summary, the fitted models and one prediction per customer.</summary>
public sealed class PredictionRun
{
    internal PredictionRun(PurchaseSummary summary, CountModel model, GammaGammaModel? spend, string? spendProblem, double horizon, double annualDiscountRate, IReadOnlyList<CustomerPrediction> customers, IReadOnlyList<HoldoutRow>? holdout)
    {
        Summary = summary;
        Model = model;
        Spend = spend;
        SpendProblem = spendProblem;
        Horizon = horizon;
        AnnualDiscountRate = annualDiscountRate;
        Customers = customers;
        Holdout = holdout;
    }

    /// <summary>Gets the purchase summary the models were fitted on.</summary>
    public PurchaseSummary Summary { get; }

    /// <summary>Gets the fitted count model; its <see cref="CountModel.Report"/> holds the estimates and standard errors.</summary>
    public CountModel Model { get; }

    /// <summary>Gets the fitted spend model, or <see langword="null"/> when none could be fitted (see <see cref="SpendProblem"/>).</summary>
    public GammaGammaModel? Spend { get; }

    /// <summary>Gets why there is no spend model (no repeat buyers, a fit that did not converge, no finite mean), or <see langword="null"/>.</summary>
    public string? SpendProblem { get; }

    /// <summary>Gets the horizon of the expected purchases and values, in the summary's time unit.</summary>
    public double Horizon { get; }

    /// <summary>Gets the annual discount rate of the lifetime values.</summary>
    public double AnnualDiscountRate { get; }

    /// <summary>Gets one prediction per customer, ordered ordinally by id.</summary>
    public IReadOnlyList<CustomerPrediction> Customers { get; }

    /// <summary>Gets the holdout validation by calibration frequency (<see cref="HoldoutValidation.ByFrequency"/>), or <see langword="null"/> when the summary has no holdout period.</summary>
    public IReadOnlyList<HoldoutRow>? Holdout { get; }

    /// <summary>Gets the count model's fit report.</summary>
    public FitReport Report => Model.Report!;
}
