using System.Globalization;
using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Fields;

/// <summary>Building the columns: exact decimals, percentile ranks, display names and sources.</summary>
public sealed partial class PredictedFields
{
    private static PredictedFields Create(
        CountModel model,
        GammaGammaModel? spend,
        PurchaseSummary summary,
        double horizon,
        double annualDiscountRate,
        string[] ids,
        double[] alive,
        double[] expected,
        decimal?[] value)
    {
        if (!(horizon > 0d) || !double.IsFinite(horizon))
        {
            throw new SegmentationException($"The horizon {horizon.ToString(CultureInfo.InvariantCulture)} is not a positive time; give it in {summary.TimeUnit}.", nameof(horizon));
        }

        if (!(annualDiscountRate >= 0d) || !double.IsFinite(annualDiscountRate))
        {
            throw new SegmentationException($"The discount rate {annualDiscountRate.ToString(CultureInfo.InvariantCulture)} is not a non-negative annual rate (0.1 for 10%).", nameof(annualDiscountRate));
        }

        var pAlive = ToDecimal(alive, ids, ProbabilityAlive);
        var purchases = ToDecimal(expected, ids, ExpectedPurchases);
        var period = string.Create(CultureInfo.InvariantCulture, $"next {horizon:0.######} {JsonNames.Of(summary.TimeUnit)}");
        var fitted = string.Create(CultureInfo.InvariantCulture, $"{model.Name} ({Estimates(model.Parameters)}), calibration end {summary.CalibrationEnd:yyyy-MM-dd}");
        var valued = spend is null
            ? $"{fitted}, {period}, no spend model"
            : string.Create(CultureInfo.InvariantCulture, $"{fitted}, {period}, Gamma-Gamma ({Estimates([new("p", spend.P), new("q", spend.Q), new("v", spend.V)])}), discounted {annualDiscountRate * 100:0.####}% a year");
        var scored = ids.Length;
        var valuedCount = value.Count(v => v is not null);
        return new PredictedFields(
            ids,
            [pAlive, purchases, value, PercentileRanks.Of(pAlive), PercentileRanks.Of(purchases), PercentileRanks.Of(value)],
            ["P(alive)", $"Expected purchases, {period}", $"Lifetime value, {period}", "P(alive) percentile", "Expected purchases percentile", "Lifetime value percentile"],
            [
                fitted,
                $"{fitted}, {period}",
                valued,
                Ranked(ProbabilityAlive, scored, fitted),
                Ranked(ExpectedPurchases, scored, $"{fitted}, {period}"),
                Ranked(LifetimeValue, valuedCount, valued),
            ]);
    }

    private static string Estimates(IEnumerable<KeyValuePair<string, double>> parameters) =>
        string.Join(", ", parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value:G4}")));

    private static string Ranked(string field, int count, string source) =>
        string.Create(CultureInfo.InvariantCulture, $"ranking {field} among {count} customers; {source}");

    private static decimal?[] ToDecimal(double[] values, string[] ids, string field)
    {
        var result = new decimal?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new SegmentationException($"The model predicted {values[i].ToString(CultureInfo.InvariantCulture)} as {field} of customer '{ids[i]}'; predictions must be finite.", field);
            }

            result[i] = (decimal)values[i];
        }

        return result;
    }
}
