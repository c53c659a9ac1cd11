namespace Segmentation.Prediction.Numerics;

/// <summary>
/// The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and 0 &lt;= z &lt; 1, by
/// its power series, which converges on the whole interval. The models call it only in forms
/// whose series has bounded, eventually shrinking terms (the callers apply Euler's
/// transformation first, see docs/prediction.md); MathNet's version takes an integer argument,
/// so this is the library's own. Near z = 1 the series needs about 37 / (1 - z) terms, so the
/// Pareto/NBD form switches to a quadrature there (Hypergeometric.NearOne.cs).
/// </summary>
internal static partial class Hypergeometric
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
        var ratio = a * b / c * z;
        for (var n = 0; n < MaxTerms; n++)
        {
            term *= ratio;
            sum += term;

            // The next term's ratio, computed once: it multiplies the next term and tells whether the
            // terms shrink from here on. Once it is below one the rest is bounded by |term| z / (1 - z)
            // (the ratio tends to z from below for the callers' forms).
            var next = n + 1;  // an int, as the term's own n: the same roundings as computing the ratio afresh
            ratio = (a + next) * (b + next) / ((c + next) * (next + 1)) * z;
            if (Math.Abs(term) <= Tolerance * Math.Abs(sum) * tail && Math.Abs(ratio) < 1d)
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
    /// ln 2F1(a, b; a + 1; z) for a &gt; 0, 0 &lt; b &lt; a + 1 and 0 &lt;= z &lt; 1 (the Pareto/NBD form), given z and
    /// 1 - z (the caller computes 1 - z without the cancellation of subtracting z from 1). Euler's
    /// transformation gives (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z), whose terms are positive
    /// and shrink by at most z each, so neither overflow (large b) nor cancellation occurs; above
    /// <see cref="SeriesLimit"/> the series would need thousands to millions of terms and the
    /// integral form takes over.
    /// </summary>
    public static double LogSeriesCEqualsAPlusOne(double a, double b, double z, double oneMinusZ)
    {
        if (z == 0d)
        {
            return 0d;
        }

        if (!(z > 0d && oneMinusZ > 0d) || !double.IsFinite(a + b))
        {
            return double.NaN;
        }

        if (z > SeriesLimit)
        {
            return LogIntegralCEqualsAPlusOne(a, b, z, oneMinusZ);
        }

        var upper = a + 1d - b;
        var lower = a + 1d;
        var sum = 1d;
        var term = 1d;
        for (var n = 0; n < MaxTerms; n++)
        {
            term *= (upper + n) / (lower + n) * z;
            sum += term;
            if (term <= Tolerance * sum * oneMinusZ)
            {
                return ((1d - b) * Math.Log(oneMinusZ)) + Math.Log(sum);
            }
        }

        return double.NaN;
    }
}
