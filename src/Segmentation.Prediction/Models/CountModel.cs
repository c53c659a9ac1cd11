using Segmentation.Definitions;
using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Models;

/// <summary>
/// A continuous-time purchase-count model (BG/NBD, MBG/NBD, Pareto/NBD): while alive, a customer
/// buys at a Poisson rate; at some point, unobserved, the customer leaves for good. Times are in
/// <see cref="TimeUnit"/>, the unit of the summary it was fitted on.
/// </summary>
public abstract class CountModel
{
    private protected CountModel(TimeUnit timeUnit, FitReport? report)
    {
        TimeUnits.DaysPer(timeUnit, nameof(timeUnit));
        TimeUnit = timeUnit;
        Report = report;
    }

    /// <summary>Gets the model's name as in the literature, for example "BG/NBD".</summary>
    public abstract string Name { get; }

    /// <summary>Gets the unit of every recency, age and horizon.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the fit's report, or <see langword="null"/> for a model built from given parameters.</summary>
    public FitReport? Report { get; }

    /// <summary>Gets the parameters by name, in the literature's order.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>The probability that a customer is still alive (has not left) at age <paramref name="age"/>.</summary>
    /// <param name="frequency">x, the repeat purchases in the calibration period.</param>
    /// <param name="recency">t_x, the age at the last purchase.</param>
    /// <param name="age">
    /// T, the age at the calibration end; pass a later age (T plus the time elapsed since) for the
    /// probability at a later date, given no purchase since the calibration end.
    /// </param>
    /// <returns>A probability in [0, 1].</returns>
    public double ProbabilityAlive(int frequency, double recency, double age)
    {
        SummaryRows.Validate(frequency, recency, age, null);
        return ProbabilityAliveCore(frequency, recency, age);
    }

    /// <summary>The expected purchases of the customer in the next <paramref name="horizon"/> time units after the calibration end.</summary>
    /// <param name="horizon">The length of the future period, in <see cref="TimeUnit"/>.</param>
    /// <param name="frequency">x.</param>
    /// <param name="recency">t_x.</param>
    /// <param name="age">T.</param>
    /// <returns>A finite, non-negative number of purchases.</returns>
    public double ConditionalExpectedPurchases(double horizon, int frequency, double recency, double age)
    {
        CheckHorizon(horizon);
        SummaryRows.Validate(frequency, recency, age, null);
        return ConditionalExpectedPurchasesCore(horizon, frequency, recency, age);
    }

    /// <summary>The expected purchases of a customer summary in the next <paramref name="horizon"/> time units.</summary>
    /// <param name="horizon">The length of the future period, in <see cref="TimeUnit"/>.</param>
    /// <param name="customer">The customer's summary.</param>
    /// <returns>A finite, non-negative number of purchases.</returns>
    public double ConditionalExpectedPurchases(double horizon, in CustomerSummary customer) =>
        ConditionalExpectedPurchases(horizon, customer.Frequency, customer.Recency, customer.Age);

    /// <summary>The probability that a customer summary is still alive at the calibration end.</summary>
    /// <param name="customer">The customer's summary.</param>
    /// <returns>A probability in [0, 1].</returns>
    public double ProbabilityAlive(in CustomerSummary customer) => ProbabilityAlive(customer.Frequency, customer.Recency, customer.Age);

    /// <summary>E[X(t)]: the expected purchases (repeat purchases, after the first) of a new customer in <paramref name="horizon"/> time units.</summary>
    /// <param name="horizon">t, in <see cref="TimeUnit"/>.</param>
    /// <returns>A finite, non-negative number of purchases.</returns>
    public double ExpectedPurchases(double horizon)
    {
        CheckHorizon(horizon);
        return ConditionalExpectedPurchasesCore(horizon, 0, 0d, 0d);  // a customer seen at age 0 is a new one
    }

    /// <summary>P(X(t) = k): the probability that a new customer makes exactly <paramref name="count"/> repeat purchases in <paramref name="horizon"/> time units.</summary>
    /// <param name="horizon">t, in <see cref="TimeUnit"/>.</param>
    /// <param name="count">k &gt;= 0.</param>
    /// <returns>A probability in [0, 1].</returns>
    public double ProbabilityOfPurchases(double horizon, int count)
    {
        CheckHorizon(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Math.Clamp(ProbabilityOfPurchasesCore(horizon, count), 0d, 1d);
    }

    /// <summary>P(alive) for many customers at once, columns in, one probability per customer out.</summary>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer.</param>
    /// <param name="age">T per customer.</param>
    /// <param name="destination">Receives P(alive) per customer.</param>
    public virtual void ProbabilityAlive(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckColumns(frequency, recency, age, destination);
        for (var i = 0; i < frequency.Length; i++)
        {
            destination[i] = ProbabilityAliveCore(frequency[i], recency[i], age[i]);
        }
    }

    /// <summary>Conditional expected purchases over one horizon for many customers at once.</summary>
    /// <param name="horizon">The length of the future period, in <see cref="TimeUnit"/>.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer.</param>
    /// <param name="age">T per customer.</param>
    /// <param name="destination">Receives the expected purchases per customer.</param>
    public virtual void ConditionalExpectedPurchases(double horizon, ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        CheckHorizon(horizon);
        CheckColumns(frequency, recency, age, destination);
        for (var i = 0; i < frequency.Length; i++)
        {
            destination[i] = ConditionalExpectedPurchasesCore(horizon, frequency[i], recency[i], age[i]);
        }
    }

    private protected abstract double ProbabilityAliveCore(int frequency, double recency, double age);

    private protected abstract double ConditionalExpectedPurchasesCore(double horizon, int frequency, double recency, double age);

    private protected abstract double ProbabilityOfPurchasesCore(double horizon, int count);

    private protected static void CheckColumns(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        if (recency.Length != frequency.Length || age.Length != frequency.Length || destination.Length != frequency.Length)
        {
            throw new ArgumentException("The frequency, recency, age and destination columns must have the same length.", nameof(destination));
        }
    }

    private protected static void CheckHorizon(double horizon)
    {
        if (!(horizon >= 0d) || !double.IsFinite(horizon))
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be a finite, non-negative time in the model's unit.");
        }
    }
}
