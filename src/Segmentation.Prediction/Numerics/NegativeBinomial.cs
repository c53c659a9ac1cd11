namespace Segmentation.Prediction.Numerics;

/// <summary>
/// The gamma-Poisson (NBD) count of purchases by time t: P(N = j) = Γ(r+j)/(Γ(r) j!) p^r q^j with
/// p = α/(α+t), q = t/(α+t), in logs.
/// </summary>
internal static class NegativeBinomial
{
    public static double LogProbability(double r, double logP, double logQ, int j) =>
        SpecialFunctions.LogGamma(r + j) - SpecialFunctions.LogGamma(r) - SpecialFunctions.LogGamma(j + 1d) + (r * logP) + (j * (double.IsNegativeInfinity(logQ) && j == 0 ? 0d : logQ));

    /// <summary>P(N &gt;= m): one minus the head when the head is small, else the tail summed directly (no cancellation either way).</summary>
    public static double UpperTail(double r, double logP, double logQ, int m)
    {
        if (double.IsNegativeInfinity(logQ))
        {
            return m == 0 ? 1d : 0d;
        }

        var q = Math.Exp(logQ);
        var term = Math.Exp(r * logP);
        var head = 0d;
        for (var j = 0; j < m; j++)
        {
            head += term;
            term *= (r + j) / (j + 1) * q;
            if (head > 0.5)
            {
                return Tail(r, logP, logQ, q, m);
            }
        }

        return 1d - head;
    }

    private static double Tail(double r, double logP, double logQ, double q, int m)
    {
        var term = Math.Exp(LogProbability(r, logP, logQ, m));
        var sum = 0d;
        for (var j = m; j < m + 10_000_000; j++)
        {
            sum += term;
            term *= (r + j) / (j + 1) * q;
            if (term == 0d || (term <= 1e-17 * sum * (1d - q) && (r + j) / (j + 1) * q < 1d))
            {
                break;
            }
        }

        return Math.Min(sum, 1d);
    }
}
