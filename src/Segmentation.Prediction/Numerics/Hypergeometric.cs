namespace Segmentation.Prediction.Numerics;

/// <summary>
/// The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and 0 &lt;= z &lt; 1, by
/// its power series, which converges on the whole interval. The models call it only in forms
/// whose series has bounded, eventually shrinking terms (the callers apply Euler's
/// transformation first, see docs/prediction.md); MathNet's version takes an integer argument,
/// so this is the library's own.
/// </summary>
internal static class Hypergeometric
{
    private const int MaxTerms = 2_000_000;
    private const double Tolerance = 1e-16;

    /// <summary>2F1(a, b; c; z) for 0 &lt;= z &lt; 1 and c not a non-positive integer; NaN when the series does not settle.</summary>
    public static double Series(double a, double b, double c, double z)
    {
        if (!(z >= 0d && z < 1d) || !double.IsFinite(a + b + c))
        {
            return double.NaN;
        }

        var sum = 1d;
        var term = 1d;
        var tail = 1d - z;
        for (var n = 0; n < MaxTerms; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            // Once the term ratio is below one the rest is bounded by |term| z / (1 - z)
            // (the ratio tends to z from below for the callers' forms).
            if (Math.Abs(term) <= Tolerance * Math.Abs(sum) * tail && Math.Abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2))) * z < 1d)
            {
                return sum;
            }

            if (term == 0d)
            {
                return sum;
            }
        }

        return double.NaN;
    }

    /// <summary>
    /// ln 2F1(a, b; a + 1; z) for a, b &gt; 0 and 0 &lt;= z &lt; 1 (the Pareto/NBD form). Euler's
    /// transformation gives (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z), whose terms are positive
    /// and shrink by at most z each, so neither overflow (large b) nor cancellation occurs.
    /// </summary>
    public static double LogSeriesCEqualsAPlusOne(double a, double b, double z)
    {
        if (z == 0d)
        {
            return 0d;
        }

        var upper = a + 1d - b;
        var lower = a + 1d;
        var sum = 1d;
        var term = 1d;
        var tail = 1d - z;
        for (var n = 0; n < MaxTerms; n++)
        {
            term *= (upper + n) / (lower + n) * z;
            sum += term;
            if (term <= Tolerance * sum * tail)
            {
                return ((1d - b) * Math.Log(tail)) + Math.Log(sum);
            }
        }

        return double.NaN;
    }
}
