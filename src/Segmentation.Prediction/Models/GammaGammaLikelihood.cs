using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The Gamma-Gamma spend log-likelihood (Fader, Hardie and Lee 2005, "RFM and CLV") per repeat
/// buyer with x purchases of mean m: ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln v + (px-1) ln m
/// + px ln x - (px+q) ln(xm+v), with its analytic gradient.
/// </summary>
internal sealed class GammaGammaLikelihood(int[] frequency, double[] meanSpend, double[] weight) : ILogLikelihood
{
    private readonly double _totalWeight = weight.Sum();

    public int Dimension => 3;

    public double TotalWeight => _totalWeight;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double p = Math.Exp(theta[0]), q = Math.Exp(theta[1]), v = Math.Exp(theta[2]);
        double logGammaQ = SpecialFunctions.LogGamma(q), digammaQ = SpecialFunctions.Digamma(q), logV = Math.Log(v);
        double ll = 0, gp = 0, gq = 0, gv = 0;
        for (var i = 0; i < frequency.Length; i++)
        {
            double x = frequency[i], m = meanSpend[i], w = weight[i];
            var px = p * x;
            double logM = Math.Log(m), logX = Math.Log(x), logTotal = Math.Log((x * m) + v);
            var digammaPxQ = SpecialFunctions.Digamma(px + q);
            ll += w * (SpecialFunctions.LogGamma(px + q) - SpecialFunctions.LogGamma(px) - logGammaQ + (q * logV) + ((px - 1) * logM) + (px * logX) - ((px + q) * logTotal));
            gp += w * x * (digammaPxQ - SpecialFunctions.Digamma(px) + logM + logX - logTotal);
            gq += w * (digammaPxQ - digammaQ + logV - logTotal);
            gv += w * ((q / v) - ((px + q) / ((x * m) + v)));
        }

        gradient[0] = gp * p;
        gradient[1] = gq * q;
        gradient[2] = gv * v;
        return ll;
    }
}
