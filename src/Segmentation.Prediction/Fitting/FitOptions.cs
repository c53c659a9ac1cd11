namespace Segmentation.Prediction.Fitting;

/// <summary>How hard a fit tries: the gradient tolerance and the iteration budget of each optimiser run.</summary>
public sealed record FitOptions
{
    /// <summary>Gets the default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>Gets the largest gradient component of the mean log-likelihood per customer (in log-parameters) accepted as a maximum.</summary>
    /// <value>The default value is 1e-7.</value>
    public double GradientTolerance { get; init; } = 1e-7;

    /// <summary>Gets the iteration budget of one optimiser run.</summary>
    /// <value>The default value is 1000.</value>
    public int MaxIterations { get; init; } = 1000;
}
