using Segmentation.Prediction.Fitting;

namespace Segmentation.Prediction.Models;

/// <summary>
/// The Pareto/NBD log-likelihood over weighted rows. Its gradient is by central differences in
/// log-parameters (step 1e-5: truncation and rounding errors near 1e-10 on the mean
/// log-likelihood, three orders below the convergence tolerance) because the parameter
/// derivatives of 2F1 have no cheap closed form; the BG/NBD family, BG/BB and Gamma-Gamma have
/// analytic gradients.
/// </summary>
internal sealed class ParetoNbdLikelihood(SummaryRows rows) : ILogLikelihood
{
    private const double Step = 1e-5;

    public int Dimension => 4;

    public double TotalWeight => rows.TotalWeight;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var value = Value(theta);
        Span<double> shifted = stackalloc double[4];
        for (var i = 0; i < 4; i++)
        {
            theta.CopyTo(shifted);
            shifted[i] = theta[i] + Step;
            var plus = Value(shifted);
            shifted[i] = theta[i] - Step;
            var minus = Value(shifted);
            gradient[i] = (plus - minus) / (2 * Step);
        }

        return value;
    }

    private double Value(ReadOnlySpan<double> theta)
    {
        var model = new ParetoNbd(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]));
        var sum = 0d;
        for (var i = 0; i < rows.Count; i++)
        {
            sum += rows.Weight[i] * model.LogLikelihood(rows.Frequency[i], rows.Recency[i], rows.Age[i], out _, out _);
        }

        return sum;
    }
}
