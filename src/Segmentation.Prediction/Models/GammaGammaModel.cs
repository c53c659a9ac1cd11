using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The Gamma-Gamma spend model (Fader, Hardie and Lee 2005): a customer's spend per purchase
/// varies around the customer's own mean, which varies across customers; fitted on repeat buyers.
/// Assumes spend independent of purchase frequency (check their correlation before use).
/// </summary>
public sealed class GammaGammaModel
{
    /// <summary>Creates the model from known parameters.</summary>
    /// <param name="p">The shape of the spend per purchase.</param>
    /// <param name="q">The shape of the customers' spend rates.</param>
    /// <param name="v">The scale of the customers' spend rates, in money.</param>
    public GammaGammaModel(double p, double q, double v)
        : this(p, q, v, null)
    {
    }

    private GammaGammaModel(double p, double q, double v, FitReport? report)
    {
        ModelChecks.Positive(p, q, v);
        P = p;
        Q = q;
        V = v;
        Report = report;
    }

    /// <summary>Gets p, the shape of the spend per purchase.</summary>
    public double P { get; }

    /// <summary>Gets q, the shape of the customers' spend rates.</summary>
    public double Q { get; }

    /// <summary>Gets v, the scale of the customers' spend rates.</summary>
    public double V { get; }

    /// <summary>Gets the fit's report, or <see langword="null"/> for a model built from given parameters.</summary>
    public FitReport? Report { get; }

    /// <summary>Fits the model on the repeat buyers (x &gt; 0) of the summaries by maximum likelihood.</summary>
    /// <param name="customers">The customers; those without repeat purchases are skipped.</param>
    /// <param name="options">The tolerance and iteration budget; <see langword="null"/> for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fitted model with its convergence report.</returns>
    /// <exception cref="SegmentationException">A repeat buyer without a positive mean repeat spend.</exception>
    /// <exception cref="ModelFitException">No start converged to a maximum (for example too few repeat buyers).</exception>
    public static GammaGammaModel Fit(IEnumerable<CustomerSummary> customers, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var merged = new Dictionary<(int, double), int>();
        List<int> x = [];
        List<double> spend = [];
        List<double> weight = [];
        foreach (var c in customers)
        {
            if (c.Frequency == 0)
            {
                continue;
            }

            if (c.MeanRepeatSpend is not { } mean || mean <= 0m)
            {
                throw new SegmentationException(
                    $"Customer '{c.CustomerId}' has {c.Frequency} repeat purchases but mean repeat spend {c.MeanRepeatSpend?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; the Gamma-Gamma model needs a positive mean spend (leave out returns-only customers).",
                    c.CustomerId);
            }

            var key = (c.Frequency, (double)mean);
            if (merged.TryGetValue(key, out var row))
            {
                weight[row]++;
                continue;
            }

            merged.Add(key, x.Count);
            x.Add(c.Frequency);
            spend.Add((double)mean);
            weight.Add(1d);
        }

        var scale = spend.Count == 0 ? 1d : spend.Average();
        double[][] starts = [[1d, 1d, scale], [2d, 3d, scale], [5d, 2d, scale / 2]];
        var (p, report) = MaximumLikelihood.Fit("Gamma-Gamma", ["p", "q", "v"], new GammaGammaLikelihood([.. x], [.. spend], [.. weight]), starts, options ?? FitOptions.Default);
        return new GammaGammaModel(p[0], p[1], p[2], report);
    }

    /// <summary>
    /// The expected spend per future purchase: a weighted mean of the population mean pv/(q-1) and
    /// the customer's own mean, the own mean weighing more with more purchases. For a customer
    /// without repeat purchases it is the population mean.
    /// </summary>
    /// <param name="frequency">x, the repeat purchases.</param>
    /// <param name="meanRepeatSpend">The mean repeat spend (ignored when x = 0).</param>
    /// <returns>The expected spend, or <see langword="null"/> when the model has no finite mean (q &lt;= 1 for x = 0, px + q &lt;= 1 otherwise).</returns>
    public decimal? ExpectedSpend(int frequency, decimal? meanRepeatSpend)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        double value;
        if (frequency == 0)
        {
            value = P * V / (Q - 1d);
            return Q > 1d ? ToMoney(value) : null;
        }

        if (meanRepeatSpend is not { } mean)
        {
            throw new ArgumentNullException(nameof(meanRepeatSpend), "A customer with repeat purchases needs its mean repeat spend.");
        }

        var denominator = (P * frequency) + Q - 1d;
        value = P * (V + (frequency * (double)mean)) / denominator;
        return denominator > 0d ? ToMoney(value) : null;
    }

    /// <summary>The expected spend per future purchase of a customer summary.</summary>
    /// <param name="customer">The customer's summary.</param>
    /// <returns>The expected spend, or <see langword="null"/> when the model has no finite mean for it.</returns>
    public decimal? ExpectedSpend(in CustomerSummary customer) => ExpectedSpend(customer.Frequency, customer.MeanRepeatSpend);

    private static decimal? ToMoney(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? Math.Round((decimal)value, 6) : null;
}
