using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The BG/NBD (shift 0) and MBG/NBD (shift 1) log-likelihood and its analytic gradient in
/// log-parameters, per row:
/// ln L = ln Γ(r+x) - ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x+k) - ln Γ(b) - ln Γ(a+b+x+k)
///      + ln[(α+T)^-(r+x) + δ a/(b+x-1+k) (α+t_x)^-(r+x)],
/// with δ = 1 when x &gt; 0 or k = 1. The Γ and ψ terms depend on x only and are computed once per
/// distinct x; a row costs two logarithms and one exponential.
/// </summary>
internal sealed class BetaGeometricLikelihood(SummaryRows rows, int shift) : ILogLikelihood
{
    private readonly double[] _logGammaX = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _digammaX = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _logBetaX = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _dBetaA = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _dBetaB = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _logOdds = new double[rows.DistinctFrequencies.Length];
    private readonly double[] _inverseB = new double[rows.DistinctFrequencies.Length];

    public int Dimension => 4;

    public double TotalWeight => rows.TotalWeight;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
        PerFrequency(r, a, b);
        var logAlpha = Math.Log(alpha);
        double ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
        var x = rows.Frequency;
        var tx = rows.Recency;
        var age = rows.Age;
        var w = rows.Weight;
        var index = rows.FrequencyIndex;
        for (var i = 0; i < x.Length; i++)
        {
            var j = index[i];
            var rx = r + x[i];
            var logT = Math.Log(alpha + age[i]);
            var a3 = -rx * logT;
            double mix, w4 = 0d, logTx = 0d, alive;
            if (double.IsNegativeInfinity(_logOdds[j]))
            {
                mix = a3;
                alive = 1d;
            }
            else
            {
                logTx = Math.Log(alpha + tx[i]);
                var a4 = _logOdds[j] - (rx * logTx);
                var d = a4 - a3;
                // ln(e^a3 + e^a4) and the weight of the second term, stable for either sign of d.
                if (d > 0d)
                {
                    var e = Math.Exp(-d);
                    mix = a4 + SpecialFunctions.Log1P(e);
                    w4 = 1d / (1d + e);
                }
                else
                {
                    var e = Math.Exp(d);
                    mix = a3 + SpecialFunctions.Log1P(e);
                    w4 = e / (1d + e);
                }

                alive = 1d - w4;
            }

            var weight = w[i];
            ll += weight * (_logGammaX[j] + (r * logAlpha) + _logBetaX[j] + mix);
            gr += weight * (_digammaX[j] + logAlpha - (alive * logT) - (w4 * logTx));
            gAlpha += weight * ((r / alpha) - (rx * ((alive / (alpha + age[i])) + (w4 / (alpha + tx[i])))));
            ga += weight * (_dBetaA[j] + (w4 / a));
            gb += weight * (_dBetaB[j] - (w4 * _inverseB[j]));
        }

        // Chain rule to log-parameters: d/dθ = p d/dp.
        gradient[0] = gr * r;
        gradient[1] = gAlpha * alpha;
        gradient[2] = ga * a;
        gradient[3] = gb * b;
        return ll;
    }

    private void PerFrequency(double r, double a, double b)
    {
        double logGammaR = SpecialFunctions.LogGamma(r), digammaR = SpecialFunctions.Digamma(r);
        double logGammaAb = SpecialFunctions.LogGamma(a + b), digammaAb = SpecialFunctions.Digamma(a + b);
        double logGammaB = SpecialFunctions.LogGamma(b), digammaB = SpecialFunctions.Digamma(b);
        var logA = Math.Log(a);
        var distinct = rows.DistinctFrequencies;
        for (var j = 0; j < distinct.Length; j++)
        {
            var x = distinct[j];
            var bx = b + x + shift;
            var abx = a + b + x + shift;
            _logGammaX[j] = SpecialFunctions.LogGamma(r + x) - logGammaR;
            _digammaX[j] = SpecialFunctions.Digamma(r + x) - digammaR;
            _logBetaX[j] = logGammaAb + SpecialFunctions.LogGamma(bx) - logGammaB - SpecialFunctions.LogGamma(abx);
            var digammaAbx = SpecialFunctions.Digamma(abx);
            _dBetaA[j] = digammaAb - digammaAbx;
            _dBetaB[j] = digammaAb + SpecialFunctions.Digamma(bx) - digammaB - digammaAbx;
            var hasDropoutTerm = x > 0 || shift == 1;
            _inverseB[j] = hasDropoutTerm ? 1d / (bx - 1) : 0d;
            _logOdds[j] = hasDropoutTerm ? logA - Math.Log(bx - 1) : double.NegativeInfinity;
        }
    }
}
