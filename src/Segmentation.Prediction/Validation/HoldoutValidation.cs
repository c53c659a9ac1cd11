using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Validation;

/// <summary>
/// The standard check of a fitted count model (Fader, Hardie and Lee 2005, figure 4): customers
/// grouped by their calibration frequency, actual against predicted purchases in the holdout
/// period, per group.
/// </summary>
public static class HoldoutValidation
{
    /// <summary>Groups the customers by calibration frequency 0, 1, ..., <paramref name="lastFrequency"/>+ and compares actual and predicted holdout purchases.</summary>
    /// <param name="model">The model fitted on the calibration period of <paramref name="summary"/>.</param>
    /// <param name="summary">A summary with a holdout period (<see cref="SummaryOptions.HoldoutEnd"/>), in the model's time unit.</param>
    /// <param name="lastFrequency">The last group, which holds every larger frequency too.</param>
    /// <returns>One row per frequency from 0 to <paramref name="lastFrequency"/>, empty groups included.</returns>
    /// <exception cref="SegmentationException">The summary has no holdout period, or its time unit is not the model's.</exception>
    public static IReadOnlyList<HoldoutRow> ByFrequency(CountModel model, PurchaseSummary summary, int lastFrequency = 7)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentOutOfRangeException.ThrowIfNegative(lastFrequency);
        if (summary.HoldoutEnd is null)
        {
            throw new SegmentationException("The summary has no holdout period; summarise with SummaryOptions.HoldoutEnd after the calibration end to validate a model.", nameof(SummaryOptions.HoldoutEnd));
        }

        if (summary.TimeUnit != model.TimeUnit)
        {
            throw new SegmentationException($"The summary is in {summary.TimeUnit} but the model in {model.TimeUnit}; summarise in the model's unit.", nameof(SummaryOptions.TimeUnit));
        }

        var customers = new long[lastFrequency + 1];
        var actual = new double[lastFrequency + 1];
        var predicted = new double[lastFrequency + 1];
        foreach (var c in summary.Customers)
        {
            var group = Math.Min(c.Frequency, lastFrequency);
            customers[group]++;
            actual[group] += c.HoldoutFrequency;
            predicted[group] += model.ConditionalExpectedPurchases(summary.HoldoutLength, c);
        }

        var rows = new HoldoutRow[lastFrequency + 1];
        for (var x = 0; x <= lastFrequency; x++)
        {
            var n = customers[x];
            rows[x] = new HoldoutRow(x, x == lastFrequency, n, n == 0 ? 0d : actual[x] / n, n == 0 ? 0d : predicted[x] / n);
        }

        return rows;
    }
}
