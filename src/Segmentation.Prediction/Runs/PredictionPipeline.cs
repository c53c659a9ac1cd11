using Segmentation.Definitions;
using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Validation;
using Segmentation.Prediction.Value;
using Segmentation.Rfm;

namespace Segmentation.Prediction.Runs;

/// <summary>
/// The whole prediction as one call (what <c>segment predict</c> runs): summarise, fit the count
/// model and the Gamma-Gamma spend model, and predict P(alive), expected purchases, expected spend
/// and lifetime value per customer.
/// </summary>
public static class PredictionPipeline
{
    /// <summary>Runs the prediction.</summary>
    /// <param name="transactions">The purchase lines.</param>
    /// <param name="options">The summary, model, horizon, discount rate and suppression list.</param>
    /// <param name="cancellationToken">Cancels between customers.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ModelFitException">The count model did not converge (the spend model's failure only leaves the spend columns empty).</exception>
    /// <exception cref="SegmentationException">A bad option (a horizon that is not positive or longer than <see cref="CustomerValue.MaximumHorizonYears"/> years, a negative discount rate, an unknown model) or a bad transaction.</exception>
    public static PredictionRun Run(IEnumerable<RfmTransaction> transactions, PredictionRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transactions);
        if (options.SuppressionList is { } list)
        {
            transactions = list.Exclude(transactions, t => t.CustomerId);
        }

        var summary = PurchaseSummary.FromTransactions(transactions, options.Summary);
        var horizon = options.Horizon ?? (summary.TimeUnit == TimeUnit.Days ? 365d : 52d);
        if (!(horizon > 0d) || !double.IsFinite(horizon))
        {
            throw new SegmentationException($"The horizon {horizon} is not a positive time; give it in {summary.TimeUnit}.", nameof(PredictionRunOptions.Horizon));
        }

        if (CustomerValue.TooLong(horizon, summary.TimeUnit) is { } tooLong)
        {
            throw new SegmentationException($"The horizon {tooLong}.", nameof(PredictionRunOptions.Horizon));
        }

        if (!(options.AnnualDiscountRate >= 0d) || !double.IsFinite(options.AnnualDiscountRate))
        {
            throw new SegmentationException($"The discount rate {options.AnnualDiscountRate} is not a non-negative annual rate (0.1 for 10%).", nameof(PredictionRunOptions.AnnualDiscountRate));
        }

        CountModel model = options.Model switch
        {
            CountModelKind.BgNbd => BgNbdModel.Fit(summary.Customers, summary.TimeUnit, options.Fit),
            CountModelKind.ModifiedBgNbd => ModifiedBgNbdModel.Fit(summary.Customers, summary.TimeUnit, options.Fit),
            CountModelKind.ParetoNbd => ParetoNbdModel.Fit(summary.Customers, summary.TimeUnit, options.Fit),
            _ => throw new SegmentationException($"The model '{options.Model}' is unknown; use BgNbd, ModifiedBgNbd or ParetoNbd.", nameof(PredictionRunOptions.Model)),
        };

        var (spend, problem) = FitSpend(summary, options.Fit);
        var customers = new CustomerPrediction[summary.Customers.Count];
        for (var i = 0; i < customers.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = summary.Customers[i];
            customers[i] = new CustomerPrediction(
                c.CustomerId,
                c.Frequency,
                c.Recency,
                c.Age,
                model.ProbabilityAlive(c),
                model.ConditionalExpectedPurchases(horizon, c),
                spend?.ExpectedSpend(c),
                spend is null ? null : CustomerValue.LifetimeValue(model, spend, c, horizon, options.AnnualDiscountRate));
        }

        var holdout = summary.HoldoutEnd is null ? null : HoldoutValidation.ByFrequency(model, summary);
        return new PredictionRun(summary, model, spend, problem, horizon, options.AnnualDiscountRate, customers, holdout);
    }

    // Gamma-Gamma needs repeat buyers with positive spend and a finite population mean (q > 1) to
    // value every customer; without one, the spend columns stay empty and the reason is reported.
    private static (GammaGammaModel? Spend, string? Problem) FitSpend(PurchaseSummary summary, FitOptions fit)
    {
        var repeat = summary.Customers.Where(c => c.Frequency > 0).ToArray();
        if (repeat.Length < 2)
        {
            return (null, "fewer than two customers have repeat purchases");
        }

        if (repeat.Any(c => c.MeanRepeatSpend is not > 0m))
        {
            return (null, "some repeat buyers have no positive mean spend (returns only)");
        }

        try
        {
            var spend = GammaGammaModel.Fit(repeat, fit);
            return spend.Q > 1d ? (spend, null) : (null, "the Gamma-Gamma fit has q <= 1, so the mean spend is not finite");
        }
        catch (ModelFitException ex)
        {
            return (null, ex.Message);
        }
    }
}
