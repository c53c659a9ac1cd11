namespace Segmentation.Prediction.Numerics;

/// <summary>
/// ln Γ and ψ (digamma) for positive arguments: the recurrence lifts the argument to at least 10,
/// where Stirling's series (lnΓ) and the asymptotic series (ψ) are accurate to about 1e-16.
/// .NET has neither; the models need both at every likelihood evaluation.
/// </summary>
internal static class SpecialFunctions
{
    private const double Shift = 10d;
    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>ln Γ(x) for x &gt; 0; NaN otherwise.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0d))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var product = 1d;
        while (x < Shift)
        {
            product *= x;
            x += 1d;
        }

        var inverse = 1d / x;
        var inverse2 = inverse * inverse;
        var series = inverse * (1d / 12 - (inverse2 * (1d / 360 - (inverse2 * (1d / 1260 - (inverse2 * (1d / 1680 - (inverse2 / 1188))))))));
        return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + series - Math.Log(product);
    }

    /// <summary>ψ(x) = d ln Γ(x) / dx for x &gt; 0; NaN otherwise.</summary>
    public static double Digamma(double x)
    {
        if (!(x > 0d))
        {
            return double.NaN;
        }

        var shift = 0d;
        while (x < Shift)
        {
            shift += 1d / x;
            x += 1d;
        }

        var inverse2 = 1d / (x * x);
        var series = inverse2 * (1d / 12 - (inverse2 * (1d / 120 - (inverse2 * (1d / 252 - (inverse2 * (1d / 240 - (inverse2 / 132))))))));
        return Math.Log(x) - (0.5 / x) - series - shift;
    }

    /// <summary>ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b).</summary>
    public static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>ln(e^a + e^b) without overflow; -∞ when both are -∞.</summary>
    public static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return a > b ? a + Math.Log(1d + Math.Exp(b - a)) : b + Math.Log(1d + Math.Exp(a - b));
    }

    /// <summary>ln(1 + x) accurate for small x (the BCL's double.LogP1 computes ln(x + 1) and loses it).</summary>
    public static double Log1P(double x)
    {
        var u = 1d + x;
        return u == 1d ? x : Math.Log(u) * x / (u - 1d);
    }

    /// <summary>e^x - 1 accurate for small x (Kahan's correction; the BCL's double.ExpM1 computes e^x - 1 directly).</summary>
    public static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1d)
        {
            return x;
        }

        var um1 = u - 1d;
        return um1 == -1d || double.IsPositiveInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }
}
