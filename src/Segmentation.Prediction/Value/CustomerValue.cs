using System.Globalization;
using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Value;

/// <summary>
/// Customer lifetime value over a finite horizon: the expected purchases in each week of the
/// horizon (from a count model), discounted to the calibration end at an annual rate, times the
/// expected spend per purchase (from the Gamma-Gamma model).
/// </summary>
public static class CustomerValue
{
    /// <summary>
    /// The longest horizon the lifetime value and the pipeline accept, in years of 365.25 days: far
    /// beyond any business plan (at a 10% rate a purchase 100 years out is worth 1/13,780 of one
    /// today), and a bound on the run time, which grows faster than the horizon (every week of it is
    /// evaluated, and each evaluation costs more the farther out it is).
    /// </summary>
    public const double MaximumHorizonYears = 100d;

    private const double DaysPerYear = 365.25;
    private const double StepDays = 7d;

    /// <summary>The longest horizon in a time unit: <see cref="MaximumHorizonYears"/> years (5217.86 weeks or 36,525 days).</summary>
    /// <param name="unit">The time unit of the horizon: <see cref="TimeUnit.Days"/> or <see cref="TimeUnit.Weeks"/>.</param>
    /// <returns>The largest horizon accepted, in <paramref name="unit"/>.</returns>
    /// <exception cref="SegmentationException"><paramref name="unit"/> has no fixed length.</exception>
    public static double MaximumHorizon(TimeUnit unit) => MaximumHorizonYears * DaysPerYear / TimeUnits.DaysPer(unit, nameof(unit));

    /// <summary>
    /// Why a horizon is too long ("5218 weeks is longer than 100 years; give at most 5217 weeks"), or
    /// <see langword="null"/>: the pipeline's error and the tool's, which checks before reading input.
    /// </summary>
    internal static string? TooLong(double horizon, TimeUnit unit)
    {
        if (!(horizon > MaximumHorizon(unit)))
        {
            return null;
        }

        var name = unit.ToString().ToLowerInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{horizon} {name} is longer than {MaximumHorizonYears} years; give at most {Math.Floor(MaximumHorizon(unit))} {name}");
    }

    /// <summary>
    /// The expected purchases in the next <paramref name="horizon"/> time units, each week's
    /// purchases discounted by (1 + rate)^-(years from the calibration end to the week's end).
    /// </summary>
    /// <param name="model">The fitted count model; its <see cref="CountModel.TimeUnit"/> is the unit of <paramref name="horizon"/>.</param>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="horizon">The horizon in the model's time unit.</param>
    /// <param name="annualDiscountRate">The discount rate per year, for example 0.1 for 10%; 0 for none.</param>
    /// <returns>The discounted expected purchases, finite and between 0 and the undiscounted expectation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is negative, not a number, or longer than <see cref="MaximumHorizonYears"/> years.</exception>
    public static double DiscountedPurchases(CountModel model, in CustomerSummary customer, double horizon, double annualDiscountRate)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckRate(annualDiscountRate);
        var daysPerUnit = TimeUnits.DaysPer(model.TimeUnit, nameof(model));
        if (!(horizon >= 0d) || !(horizon * daysPerUnit <= MaximumHorizonYears * DaysPerYear))
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"The horizon must be a non-negative time in the model's unit, at most {MaximumHorizonYears} years.");
        }

        var step = StepDays / daysPerUnit;
        var logDiscountPerUnit = -Math.Log(1d + annualDiscountRate) * daysPerUnit / DaysPerYear;
        double total = 0, previous = 0, t = 0;
        while (t < horizon)
        {
            t = Math.Min(t + step, horizon);
            var expected = model.ConditionalExpectedPurchases(t, customer);
            total += (expected - previous) * Math.Exp(logDiscountPerUnit * t);
            previous = expected;
        }

        return Math.Max(total, 0d);
    }

    /// <summary>The customer lifetime value over the horizon: discounted expected purchases times the expected spend per purchase.</summary>
    /// <param name="model">The fitted count model.</param>
    /// <param name="spend">The fitted spend model.</param>
    /// <param name="customer">The customer's summary.</param>
    /// <param name="horizon">The horizon in the model's time unit.</param>
    /// <param name="annualDiscountRate">The discount rate per year; 0 for none.</param>
    /// <returns>The value in the transactions' currency, or <see langword="null"/> when the spend model has no finite mean for the customer.</returns>
    public static decimal? LifetimeValue(CountModel model, GammaGammaModel spend, in CustomerSummary customer, double horizon, double annualDiscountRate)
    {
        ArgumentNullException.ThrowIfNull(spend);
        if (spend.ExpectedSpend(customer) is not { } perPurchase)
        {
            return null;
        }

        var purchases = DiscountedPurchases(model, customer, horizon, annualDiscountRate);
        return Math.Round(perPurchase * (decimal)purchases, 6);
    }

    private static void CheckRate(double rate)
    {
        if (!(rate >= 0d) || !double.IsFinite(rate))
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The annual discount rate must be finite and non-negative (0.1 for 10% a year).");
        }
    }
}
