using Segmentation.Definitions;
using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The BG/NBD model (Fader, Hardie and Lee 2005): while alive a customer buys at rate λ ~ Gamma(r, α);
/// after each purchase the customer leaves with probability p ~ Beta(a, b).
/// </summary>
public sealed partial class BgNbdModel : CountModel
{
    private readonly BetaGeometric _math;

    /// <summary>Creates the model from known parameters.</summary>
    /// <param name="r">The shape of the purchase-rate distribution.</param>
    /// <param name="alpha">The scale of the purchase-rate distribution, in <paramref name="timeUnit"/>.</param>
    /// <param name="a">The first shape of the dropout-probability distribution.</param>
    /// <param name="b">The second shape of the dropout-probability distribution.</param>
    /// <param name="timeUnit">The unit of every time given to the model.</param>
    public BgNbdModel(double r, double alpha, double a, double b, TimeUnit timeUnit = TimeUnit.Weeks)
        : this(r, alpha, a, b, timeUnit, null)
    {
    }

    private BgNbdModel(double r, double alpha, double a, double b, TimeUnit timeUnit, FitReport? report)
        : base(timeUnit, report)
    {
        ModelChecks.Positive(r, alpha, a, b);
        _math = new BetaGeometric(r, alpha, a, b, 0);
    }

    /// <inheritdoc/>
    public override string Name => "BG/NBD";

    /// <summary>Gets r, the shape of the purchase-rate distribution.</summary>
    public double R => _math.R;

    /// <summary>Gets alpha, the scale of the purchase-rate distribution.</summary>
    public double Alpha => _math.Alpha;

    /// <summary>Gets a, the first shape of the dropout-probability distribution.</summary>
    public double A => _math.A;

    /// <summary>Gets b, the second shape of the dropout-probability distribution.</summary>
    public double B => _math.B;

    /// <inheritdoc/>
    public override IReadOnlyList<KeyValuePair<string, double>> Parameters => [new("r", R), new("alpha", Alpha), new("a", A), new("b", B)];

    /// <summary>Fits the model to a summary by maximum likelihood.</summary>
    /// <param name="summary">The customers' x, t_x and T; its time unit becomes the model's.</param>
    /// <returns>The fitted model; <see cref="CountModel.Report"/> holds the convergence report.</returns>
    /// <exception cref="ModelFitException">No start converged to a maximum.</exception>
    public static BgNbdModel Fit(PurchaseSummary summary)
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
    public static BgNbdModel Fit(IEnumerable<CustomerSummary> customers, TimeUnit timeUnit, FitOptions? options)
    {
        var rows = SummaryRows.From(customers);
        var (p, report) = MaximumLikelihood.Fit("BG/NBD", ["r", "alpha", "a", "b"], new BetaGeometricLikelihood(rows, 0), ModelChecks.BetaGeometricStarts(rows), options ?? FitOptions.Default);
        return new BgNbdModel(p[0], p[1], p[2], p[3], timeUnit, report);
    }

    private protected override double ProbabilityAliveCore(int frequency, double recency, double age) => _math.ProbabilityAlive(frequency, recency, age);

    private protected override double ConditionalExpectedPurchasesCore(double horizon, int frequency, double recency, double age) =>
        _math.ConditionalExpectedPurchases(horizon, frequency, recency, age);

    private protected override double ProbabilityOfPurchasesCore(double horizon, int count) => _math.ProbabilityOfPurchases(horizon, count);
}
