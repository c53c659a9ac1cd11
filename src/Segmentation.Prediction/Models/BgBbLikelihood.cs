using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The BG/BB log-likelihood (Fader, Hardie and Shang 2010, eq. 5) with its analytic gradient:
/// L = B(α+x, β+n-x)/B(α,β) B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n-t_x-1} B(α+x, β+t_x-x+i)/B(α,β) B(γ+1, δ+t_x+i)/B(γ,δ),
/// summed in logs; each term's partial derivatives are digamma differences.
/// </summary>
internal sealed class BgBbLikelihood(DiscretePattern[] patterns) : ILogLikelihood
{
    private readonly double _totalWeight = patterns.Sum(p => (double)p.Count);

    public int Dimension => 4;

    public double TotalWeight => _totalWeight;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var p = new BgBbParameters(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]));
        Span<double> total = stackalloc double[4];
        Span<double> rowGradient = stackalloc double[4];
        var ll = 0d;
        foreach (var pattern in patterns)
        {
            ll += pattern.Count * LogLikelihood(p, pattern, rowGradient);
            for (var k = 0; k < 4; k++)
            {
                total[k] += pattern.Count * rowGradient[k];
            }
        }

        gradient[0] = total[0] * p.Alpha;
        gradient[1] = total[1] * p.Beta;
        gradient[2] = total[2] * p.Gamma;
        gradient[3] = total[3] * p.Delta;
        return ll;
    }

    /// <summary>ln L of one pattern; <paramref name="gradient"/> receives d ln L / d(α, β, γ, δ).</summary>
    public static double LogLikelihood(in BgBbParameters p, in DiscretePattern pattern, Span<double> gradient)
    {
        int x = pattern.Frequency, tx = pattern.Recency, n = pattern.Opportunities;
        var terms = n - tx + 1;
        Span<double> logs = stackalloc double[terms];
        Span<double> partials = stackalloc double[terms * 4];
        logs[0] = Term(p, x, n - x, 0, n, partials[..4]);
        for (var i = 0; i < terms - 1; i++)
        {
            logs[i + 1] = Term(p, x, tx - x + i, 1, tx + i, partials.Slice((i + 1) * 4, 4));
        }

        var max = double.NegativeInfinity;
        foreach (var l in logs)
        {
            max = Math.Max(max, l);
        }

        var sum = 0d;
        gradient.Clear();
        for (var i = 0; i < terms; i++)
        {
            var e = Math.Exp(logs[i] - max);
            sum += e;
            for (var k = 0; k < 4; k++)
            {
                gradient[k] += e * partials[(i * 4) + k];
            }
        }

        for (var k = 0; k < 4; k++)
        {
            gradient[k] /= sum;
        }

        return max + Math.Log(sum);
    }

    // ln[B(α+x, β+m)/B(α,β) · B(γ+e, δ+d)/B(γ,δ)] and its partials.
    private static double Term(in BgBbParameters p, int x, int m, int e, int d, Span<double> partials)
    {
        var digammaAlphaBeta = SpecialFunctions.Digamma(p.Alpha + p.Beta);
        var digammaGammaDelta = SpecialFunctions.Digamma(p.Gamma + p.Delta);
        var digammaInner = SpecialFunctions.Digamma(p.Alpha + x + p.Beta + m);
        var digammaInner2 = SpecialFunctions.Digamma(p.Gamma + e + p.Delta + d);
        partials[0] = SpecialFunctions.Digamma(p.Alpha + x) - digammaInner - SpecialFunctions.Digamma(p.Alpha) + digammaAlphaBeta;
        partials[1] = SpecialFunctions.Digamma(p.Beta + m) - digammaInner - SpecialFunctions.Digamma(p.Beta) + digammaAlphaBeta;
        partials[2] = SpecialFunctions.Digamma(p.Gamma + e) - digammaInner2 - SpecialFunctions.Digamma(p.Gamma) + digammaGammaDelta;
        partials[3] = SpecialFunctions.Digamma(p.Delta + d) - digammaInner2 - SpecialFunctions.Digamma(p.Delta) + digammaGammaDelta;
        return SpecialFunctions.LogBeta(p.Alpha + x, p.Beta + m) - SpecialFunctions.LogBeta(p.Alpha, p.Beta)
            + SpecialFunctions.LogBeta(p.Gamma + e, p.Delta + d) - SpecialFunctions.LogBeta(p.Gamma, p.Delta);
    }
}
