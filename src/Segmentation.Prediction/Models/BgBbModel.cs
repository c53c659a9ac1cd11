using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The BG/BB model (Fader, Hardie and Shang 2010) for discrete transaction opportunities (yearly
/// donations, event attendance): while alive, a customer transacts at each opportunity with
/// probability p ~ Beta(α, β) and leaves before each with probability θ ~ Beta(γ, δ).
/// </summary>
public sealed class BgBbModel
{
    private readonly BgBbParameters _p;

    /// <summary>Creates the model from known parameters.</summary>
    /// <param name="alpha">α of the transaction probability's Beta distribution.</param>
    /// <param name="beta">β of the transaction probability's Beta distribution.</param>
    /// <param name="gamma">γ of the dropout probability's Beta distribution.</param>
    /// <param name="delta">δ of the dropout probability's Beta distribution.</param>
    public BgBbModel(double alpha, double beta, double gamma, double delta)
        : this(alpha, beta, gamma, delta, null)
    {
    }

    private BgBbModel(double alpha, double beta, double gamma, double delta, FitReport? report)
    {
        ModelChecks.Positive(alpha, beta, gamma, delta);
        _p = new BgBbParameters(alpha, beta, gamma, delta);
        Report = report;
    }

    /// <summary>Gets α of the transaction probability's Beta distribution.</summary>
    public double Alpha => _p.Alpha;

    /// <summary>Gets β of the transaction probability's Beta distribution.</summary>
    public double Beta => _p.Beta;

    /// <summary>Gets γ of the dropout probability's Beta distribution.</summary>
    public double Gamma => _p.Gamma;

    /// <summary>Gets δ of the dropout probability's Beta distribution.</summary>
    public double Delta => _p.Delta;

    /// <summary>Gets the fit's report, or <see langword="null"/> for a model built from given parameters.</summary>
    public FitReport? Report { get; }

    /// <summary>Fits the model to weighted patterns by maximum likelihood.</summary>
    /// <param name="patterns">The patterns with their customer counts.</param>
    /// <param name="options">The tolerance and iteration budget; <see langword="null"/> for <see cref="FitOptions.Default"/>.</param>
    /// <returns>The fitted model with its convergence report.</returns>
    /// <exception cref="ModelFitException">No start converged to a maximum.</exception>
    public static BgBbModel Fit(IEnumerable<DiscretePattern> patterns, FitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var rows = patterns.ToArray();
        foreach (var row in rows)
        {
            row.Validate();
        }

        double[][] starts = [[1d, 1d, 1d, 1d], [0.5, 0.5, 0.5, 2d], [2d, 1d, 1d, 3d]];
        var (p, report) = MaximumLikelihood.Fit("BG/BB", ["alpha", "beta", "gamma", "delta"], new BgBbLikelihood(rows), starts, options ?? FitOptions.Default);
        return new BgBbModel(p[0], p[1], p[2], p[3], report);
    }

    /// <summary>The probability that a customer with this pattern is alive at opportunity n + <paramref name="futureOpportunities"/> (Fader, Hardie and Shang 2010, eq. 11, for 1).</summary>
    /// <param name="pattern">x, t_x and n.</param>
    /// <param name="futureOpportunities">
    /// Opportunities after n: 1 (the default) is the paper's P(alive), alive for the next
    /// opportunity; 0 is alive for the last observed one (1 for a customer who transacted at n).
    /// </param>
    /// <returns>A probability in [0, 1].</returns>
    public double ProbabilityAlive(in DiscretePattern pattern, int futureOpportunities = 1)
    {
        pattern.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(futureOpportunities);
        int x = pattern.Frequency, n = pattern.Opportunities;
        var alive = SpecialFunctions.LogBeta(Alpha + x, Beta + n - x) - SpecialFunctions.LogBeta(Alpha, Beta)
            + SpecialFunctions.LogBeta(Gamma, Delta + n + futureOpportunities) - SpecialFunctions.LogBeta(Gamma, Delta);
        return Math.Clamp(Math.Exp(alive - LogLikelihood(pattern)), 0d, 1d);
    }

    /// <summary>The expected transactions of a customer with this pattern in the next <paramref name="futureOpportunities"/> opportunities (Fader, Hardie and Shang 2010, eq. 13).</summary>
    /// <param name="pattern">x, t_x and n.</param>
    /// <param name="futureOpportunities">n*, the opportunities after n.</param>
    /// <returns>A finite, non-negative number of transactions.</returns>
    public double ConditionalExpectedPurchases(in DiscretePattern pattern, int futureOpportunities)
    {
        pattern.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(futureOpportunities);
        int x = pattern.Frequency, n = pattern.Opportunities;
        var logFactor = SpecialFunctions.LogBeta(Alpha + x + 1, Beta + n - x) - SpecialFunctions.LogBeta(Alpha, Beta) - LogLikelihood(pattern);
        return Math.Exp(logFactor) * RemainingTransactions(n, futureOpportunities);
    }

    /// <summary>The expected transactions of a new customer in the first <paramref name="opportunities"/> opportunities.</summary>
    /// <param name="opportunities">n.</param>
    /// <returns>A finite, non-negative number of transactions.</returns>
    public double ExpectedPurchases(int opportunities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opportunities);
        return Alpha / (Alpha + Beta) * RemainingTransactions(0, opportunities);
    }

    // δ/(γ-1) Γ(γ+δ)/Γ(1+δ) [Γ(1+δ+n)/Γ(γ+δ+n) - Γ(1+δ+n+m)/Γ(γ+δ+n+m)], as a difference of exponentials that keeps its sign for γ < 1.
    private double RemainingTransactions(int n, int m)
    {
        var common = SpecialFunctions.LogGamma(Gamma + Delta) - SpecialFunctions.LogGamma(1 + Delta);
        var now = SpecialFunctions.LogGamma(1 + Delta + n) - SpecialFunctions.LogGamma(Gamma + Delta + n);
        var later = SpecialFunctions.LogGamma(1 + Delta + n + m) - SpecialFunctions.LogGamma(Gamma + Delta + n + m);
        return Delta / (Gamma - 1d) * Math.Exp(common + now) * -SpecialFunctions.ExpM1(later - now);
    }

    private double LogLikelihood(in DiscretePattern pattern)
    {
        Span<double> unused = stackalloc double[4];
        return BgBbLikelihood.LogLikelihood(_p, pattern, unused);
    }
}
