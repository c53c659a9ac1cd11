namespace Segmentation.Prediction.Numerics;

/// <summary>
/// 2F1(a, b; a + 1; z) near z = 1 from Euler's integral, a ∫₀¹ t^(a-1) (1 - zt)^(-b) dt. The part
/// over t &lt; 1/2 is 2^(-a) 2F1(a, b; a + 1; z/2), a series that settles in about 50 terms; the
/// rest, in w = 1 - t, is a decreasing bump at w = 0 of width about (1 - z)/b or 1/a, which
/// Gauss-Legendre panels that double in width from there integrate to rounding in a few dozen
/// panels at most, whatever z (the series needed about 37/(1 - z) terms: millions when a fit
/// drives a parameter to a boundary).
/// </summary>
internal static partial class Hypergeometric
{
    /// <summary>The largest z for which the Pareto/NBD form sums its series (at most about 370 terms).</summary>
    internal const double SeriesLimit = 0.9;

    private static ReadOnlySpan<double> Nodes =>
    [
        0.98940093499164993, 0.94457502307323258, 0.86563120238783174, 0.75540440835500303,
        0.61787624440264375, 0.45801677765722739, 0.28160355077925891, 0.09501250983763744,
    ];

    private static ReadOnlySpan<double> Weights =>
    [
        0.027152459411754095, 0.062253523938647893, 0.095158511682492785, 0.12462897125553387,
        0.14959598881657673, 0.16915651939500254, 0.18260341504492359, 0.1894506104550685,
    ];

    /// <summary>ln 2F1(a, b; a + 1; z) for a, b &gt; 0 and 1/2 &lt; z &lt; 1, given 1 - z.</summary>
    internal static double LogIntegralCEqualsAPlusOne(double a, double b, double z, double oneMinusZ)
    {
        var half = z / 2;
        var lowerPart = (-a * Math.Log(2d)) + LogSeriesCEqualsAPlusOne(a, b, half, 1d - half);

        // a ∫₀^½ (1-w)^(a-1) ((1-z)/(1-z+zw))^b dw, the factor (1-z)^(-b) kept out; the first panel
        // [0, width] is narrower than both decay scales, so the integrand is nearly linear on it.
        var scale = z / oneMinusZ;
        var width = 0.5;
        while (width > 0d && (width * scale * Math.Max(b, 1d) > 1d || width * Math.Max(a - 1d, 0d) > 1d))
        {
            width /= 2;
        }

        var sum = Panel(a, b, scale, 0d, width);
        var rise = a < 1d ? Math.Pow(2d, 1d - a) : 1d;
        for (var from = width; from < 0.5; from *= 2)
        {
            // The integrand beyond the panel's start is at most its value there (times 2^(1-a) for
            // a < 1, where (1-w)^(a-1) rises): stop when the rest cannot reach the last bit.
            var rest = Integrand(a, b, scale, from) * rise * (0.5 - from);
            if (rest <= 1e-17 * sum)
            {
                break;
            }

            sum += Panel(a, b, scale, from, Math.Min(2 * from, 0.5));
        }

        var upperPart = (-b * Math.Log(oneMinusZ)) + Math.Log(sum);
        return SpecialFunctions.LogAddExp(lowerPart, upperPart);
    }

    private static double Panel(double a, double b, double scale, double from, double to)
    {
        var middle = (from + to) / 2;
        var radius = (to - from) / 2;
        var total = 0d;
        for (var i = 0; i < Nodes.Length; i++)
        {
            total += Weights[i] * (Integrand(a, b, scale, middle - (radius * Nodes[i])) + Integrand(a, b, scale, middle + (radius * Nodes[i])));
        }

        return total * radius;
    }

    // a (1-w)^(a-1) (1 + w z/(1-z))^(-b): the integrand over the factor (1-z)^(-b).
    private static double Integrand(double a, double b, double scale, double w) =>
        a * Math.Exp(((a - 1d) * SpecialFunctions.Log1P(-w)) - (b * SpecialFunctions.Log1P(w * scale)));
}
