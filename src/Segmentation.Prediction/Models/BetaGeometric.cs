using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The formulas of BG/NBD (Fader, Hardie and Lee 2005) and MBG/NBD (Batislam, Denizel and
/// Filiztekin 2007) in one place: MBG/NBD is BG/NBD with the dropout chance also at time 0, which
/// shifts every b + x by one (<paramref name="Shift"/> = 1) and keeps the "left after the last
/// purchase" term when x = 0.
/// </summary>
internal readonly record struct BetaGeometric(double R, double Alpha, double A, double B, int Shift)
{
    /// <summary>ln of a/(b + x - 1 + shift) ((α+T)/(α+t_x))^(r+x): the odds of having left after the last purchase; -∞ when BG/NBD has x = 0.</summary>
    public double LogDropoutOdds(int x, double tx, double age)
    {
        if (x == 0 && Shift == 0)
        {
            return double.NegativeInfinity;
        }

        return Math.Log(A / (B + x - 1 + Shift)) + ((R + x) * (Math.Log(Alpha + age) - Math.Log(Alpha + tx)));
    }

    public double ProbabilityAlive(int x, double tx, double age) => 1d / (1d + Math.Exp(LogDropoutOdds(x, tx, age)));

    /// <summary>
    /// E[Y(t) | x, t_x, T] = (a+b+x-1+k)/(a-1) [1 - (1-z)^(a-1) 2F1(a+b-1-r+k, a-1; a+b+x-1+k; z)] / (1 + odds),
    /// z = t/(α+T+t): the published form after Euler's transformation, whose series has no (α+T)^(r+x)
    /// blow-up for large x.
    /// </summary>
    public double ConditionalExpectedPurchases(double t, int x, double tx, double age) =>
        t == 0d ? 0d : Condition(PurchasesIfAlive(t, x, age), x, tx, age);

    /// <summary>The expectation's numerator (a+b+x-1+k)/(a-1) [1 - (1-z)^(a-1) 2F1(...)]: it depends on x and T only, so a batch computes it once per distinct (x, T).</summary>
    public double PurchasesIfAlive(double t, int x, double age)
    {
        var c = A + B + x - 1 + Shift;
        var z = t / (Alpha + age + t);
        var f = Hypergeometric.Series(A + B - 1 - R + Shift, A - 1, c, z);
        var bracket = -SpecialFunctions.ExpM1(((A - 1) * SpecialFunctions.Log1P(-z)) + Math.Log(f));
        return c / (A - 1) * bracket;
    }

    /// <summary>Divides the numerator by 1 + the dropout odds of (x, t_x, T).</summary>
    public double Condition(double numerator, int x, double tx, double age)
    {
        var odds = Math.Exp(LogDropoutOdds(x, tx, age));
        var value = numerator / (1d + odds);
        return double.IsFinite(value) ? Math.Max(value, 0d) : (double.IsPositiveInfinity(odds) ? 0d : value);
    }

    /// <summary>
    /// P(X(t) = k) for a new customer: still buying after k purchases with exactly k by t, plus
    /// having left at the coin after the k-th purchase (BG), or after the k-th event counting time 0
    /// (MBG), with at least k purchases by t.
    /// </summary>
    public double ProbabilityOfPurchases(double t, int k)
    {
        var logBeta = SpecialFunctions.LogBeta(A, B);
        var logQ = Math.Log(t / (Alpha + t));
        var logP = Math.Log(Alpha / (Alpha + t));
        var stillBuying = Math.Exp(SpecialFunctions.LogBeta(A, B + k + Shift) - logBeta + NegativeBinomial.LogProbability(R, logP, logQ, k));
        if (k == 0 && Shift == 0)
        {
            return stillBuying;
        }

        var left = Math.Exp(SpecialFunctions.LogBeta(A + 1, B + k - 1 + Shift) - logBeta) * NegativeBinomial.UpperTail(R, logP, logQ, k);
        return stillBuying + left;
    }
}
