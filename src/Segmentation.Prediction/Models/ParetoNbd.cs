using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The Pareto/NBD formulas (Schmittlein, Morrison and Colombo 1987; the likelihood as in Fader,
/// Hardie and Lee 2005, "A Note on Deriving the Pareto/NBD Model"): purchase rate λ ~ Gamma(r, α),
/// dropout rate μ ~ Gamma(s, β), both while alive, in continuous time.
/// </summary>
internal readonly record struct ParetoNbd(double R, double Alpha, double S, double Beta)
{
    /// <summary>ln L of one customer, from its two parts: alive throughout (<paramref name="aliveTerm"/>) or left between t_x and T (<paramref name="leftTerm"/>), both without the common factor.</summary>
    public double LogLikelihood(int x, double tx, double age, out double aliveTerm, out double leftTerm)
    {
        var rx = R + x;
        var common = SpecialFunctions.LogGamma(rx) - SpecialFunctions.LogGamma(R) + (R * Math.Log(Alpha)) + (S * Math.Log(Beta));
        aliveTerm = (-rx * Math.Log(Alpha + age)) - (S * Math.Log(Beta + age));
        leftTerm = Math.Log(S) - Math.Log(rx + S) + LogA0(x, tx, age);
        return common + SpecialFunctions.LogAddExp(aliveTerm, leftTerm);
    }

    /// <summary>
    /// ln A0 = ln[F(t_x)/(M+t_x)^(r+s+x) - F(T)/(M+T)^(r+s+x)], F(y) = 2F1(r+s+x, b; r+s+x+1; |α-β|/(M+y)),
    /// with M = max(α, β) and b = s+1 when α &gt;= β, r+x otherwise (so that the argument stays in [0, 1)).
    /// </summary>
    public double LogA0(int x, double tx, double age)
    {
        if (tx == age)
        {
            return double.NegativeInfinity;
        }

        var rsx = R + S + x;
        double max, b;
        if (Alpha >= Beta)
        {
            (max, b) = (Alpha, S + 1d);
        }
        else
        {
            (max, b) = (Beta, R + x);
        }

        // 1 - z = (min(α, β) + y)/(M + y) exactly, not 1 minus a z that has rounded towards 1.
        var difference = Math.Abs(Alpha - Beta);
        var min = Math.Min(Alpha, Beta);
        var atRecency = Hypergeometric.LogSeriesCEqualsAPlusOne(rsx, b, difference / (max + tx), (min + tx) / (max + tx)) - (rsx * Math.Log(max + tx));
        var atAge = Hypergeometric.LogSeriesCEqualsAPlusOne(rsx, b, difference / (max + age), (min + age) / (max + age)) - (rsx * Math.Log(max + age));
        return atRecency + Math.Log(-SpecialFunctions.ExpM1(atAge - atRecency));
    }

    public double ProbabilityAlive(int x, double tx, double age)
    {
        LogLikelihood(x, tx, age, out var alive, out var left);
        return 1d / (1d + Math.Exp(left - alive));
    }

    /// <summary>E[Y(t) | x, t_x, T] = (r+x)/(α+T) · (β+T)/(s-1) [1 - ((β+T)/(β+T+t))^(s-1)] · P(alive).</summary>
    public double ConditionalExpectedPurchases(double t, int x, double tx, double age) =>
        (R + x) / (Alpha + age) * AliveTime(Beta + age, t) * ProbabilityAlive(x, tx, age);

    /// <summary>E[X(t)] of a new customer = r/α · β/(s-1) [1 - (β/(β+t))^(s-1)].</summary>
    public double ExpectedPurchases(double t) => R / Alpha * AliveTime(Beta, t);

    /// <summary>
    /// P(X(t) = k) of a new customer: alive at t with an NBD count by t, or left at τ &lt; t with
    /// an NBD count by τ. The integral over τ runs on geometric panels (dense near 0, where the
    /// dropout density is largest) with 5-point Gauss-Legendre in each.
    /// </summary>
    public double ProbabilityOfPurchases(double t, int k)
    {
        if (t == 0d)
        {
            return k == 0 ? 1d : 0d;
        }

        var logNbConstant = SpecialFunctions.LogGamma(R + k) - SpecialFunctions.LogGamma(R) - SpecialFunctions.LogGamma(k + 1d);
        var total = Math.Exp((S * Math.Log(Beta / (Beta + t))) + LogCount(logNbConstant, k, t));
        var upper = t;
        for (var panel = 0; panel < 120 && upper > 0d; panel++)
        {
            var lower = panel == 119 ? 0d : upper / Math.Sqrt(2d);
            var half = (upper - lower) / 2;
            var middle = (upper + lower) / 2;
            for (var i = 0; i < GaussNodes.Length; i++)
            {
                var tau = middle + (half * GaussNodes[i]);
                var dropout = Math.Log(S) + (S * Math.Log(Beta)) - ((S + 1d) * Math.Log(Beta + tau));
                total += half * GaussWeights[i] * Math.Exp(dropout + LogCount(logNbConstant, k, tau));
            }

            upper = lower;
        }

        return total;
    }

    private static ReadOnlySpan<double> GaussNodes => [-0.9061798459386640, -0.5384693101056831, 0d, 0.5384693101056831, 0.9061798459386640];

    private static ReadOnlySpan<double> GaussWeights => [0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891];

    private double LogCount(double logConstant, int k, double tau) =>
        logConstant + (R * Math.Log(Alpha / (Alpha + tau))) + (k == 0 ? 0d : k * Math.Log(tau / (Alpha + tau)));

    // (β+T)/(s-1) [1 - ((β+T)/(β+T+t))^(s-1)], the expected alive time in the next t per unit rate; its limit at s = 1 is (β+T) ln(1 + t/(β+T)).
    private double AliveTime(double betaAge, double t)
    {
        var logRatio = -SpecialFunctions.Log1P(t / betaAge);
        var sm1 = S - 1d;
        return Math.Abs(sm1) < 1e-10 ? -betaAge * logRatio : betaAge * -SpecialFunctions.ExpM1(sm1 * logRatio) / sm1;
    }
}
