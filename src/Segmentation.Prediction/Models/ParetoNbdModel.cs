using Segmentation.Definitions;
using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive a customer buys at
/// rate λ ~ Gamma(r, α) and leaves at any moment at rate μ ~ Gamma(s, β), independent of λ.
/// </summary>
public sealed class ParetoNbdModel : CountModel
{
    private readonly ParetoNbd _math;

    /// <summary>Creates the model from known parameters.</summary>
    /// <param name="r">The shape of the purchase-rate distribution.</param>
    /// <param name="alpha">The scale of the purchase-rate distribution, in <paramref name="timeUnit"/>.</param>
    /// <param name="s">The shape of the dropout-rate distribution.</param>
    /// <param name="beta">The scale of the dropout-rate distribution, in <paramref name="timeUnit"/>.</param>
    /// <param name="timeUnit">The unit of every time given to the model.</param>
    public ParetoNbdModel(double r, double alpha, double s, double beta, TimeUnit timeUnit = TimeUnit.Weeks)
        : this(r, alpha, s, beta, timeUnit, null)
    {
    }

    private ParetoNbdModel(double r, double alpha, double s, double beta, TimeUnit timeUnit, FitReport? report)
        : base(timeUnit, report)
    {
        ModelChecks.Positive(r, alpha, s, beta);
        _math = new ParetoNbd(r, alpha, s, beta);
    }

    /// <inheritdoc/>
    public override string Name => "Pareto/NBD";

    /// <summary>Gets r, the shape of the purchase-rate distribution.</summary>
    public double R => _math.R;

    /// <summary>Gets alpha, the scale of the purchase-rate distribution.</summary>
    public double Alpha => _math.Alpha;

    /// <summary>Gets s, the shape of the dropout-rate distribution.</summary>
    public double S => _math.S;

    /// <summary>Gets beta, the scale of the dropout-rate distribution.</summary>
    public double Beta => _math.Beta;

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => [new("r", R), new("alpha", Alpha), new("s", S), new("beta", Beta)];

    /// <summary>Fits the model to a summary by maximum likelihood.</summary>
    /// <param name="summary">The customers' x, t_x and T; its time unit becomes the model's.</param>
    /// <returns>The fitted model; <see cref="CountModel.Report"/> holds the convergence report.</returns>
    /// <exception cref="ModelFitException">No start converged to a maximum.</exception>
    public static ParetoNbdModel Fit(PurchaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Fit(summary.Customers, summary.TimeUnit, null);
    }

    /// <summary>Fits the model to customer summaries by maximum likelihood; identical rows are weighted, not repeated.</summary>
    /// <param name="customers">The customers' x, t_x and T in <paramref name="timeUnit"/>.</param>
    /// <param name="timeUnit">The unit of the summaries' times.</param>
    /// <param name="options">The tolerance and iteration budget; <see langword="null"/> for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fitted model with its convergence report.</returns>
    /// <exception cref="ModelFitException">No start converged to a maximum.</exception>
    public static ParetoNbdModel Fit(IEnumerable<CustomerSummary> customers, TimeUnit timeUnit, FitOptions? options)
    {
        var rows = SummaryRows.From(customers);
        var (p, report) = MaximumLikelihood.Fit("Pareto/NBD", ["r", "alpha", "s", "beta"], new ParetoNbdLikelihood(rows), ModelChecks.ParetoStarts(rows), options ?? FitOptions.Default);
        return new ParetoNbdModel(p[0], p[1], p[2], p[3], timeUnit, report);
    }

    private protected override double ProbabilityAliveCore(int frequency, double recency, double age) => _math.ProbabilityAlive(frequency, recency, age);

    private protected override double ConditionalExpectedPurchasesCore(double horizon, int frequency, double recency, double age) =>
        _math.ConditionalExpectedPurchases(horizon, frequency, recency, age);

    private protected override double ProbabilityOfPurchasesCore(double horizon, int count) => _math.ProbabilityOfPurchases(horizon, count);
}
