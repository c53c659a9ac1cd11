namespace Segmentation.Prediction.Fitting;

/// <summary>What the optimisers minimise: the mean negative log-likelihood per customer (scale-free tolerances).</summary>
internal sealed class Objective(ILogLikelihood likelihood)
{
    private readonly double _scale = -1d / likelihood.TotalWeight;

    public int Dimension => likelihood.Dimension;

    public int Evaluations { get; private set; }

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Evaluations++;
        var value = likelihood.Evaluate(theta, gradient) * _scale;
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= _scale;
        }

        return double.IsFinite(value) ? value : double.PositiveInfinity;
    }
}
