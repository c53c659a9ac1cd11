namespace Segmentation.Prediction.Fitting;

/// <summary>
/// How a model's maximum-likelihood fit ended: the estimates and the evidence that they are a
/// maximum. A report exists only for a converged fit whose Hessian of the negative log-likelihood
/// is positive definite (otherwise the fit throws <see cref="ModelFitException"/>), so the
/// standard errors are always defined.
/// </summary>
public sealed class FitReport
{
    internal FitReport(string model, IReadOnlyList<ModelParameter> parameters, double logLikelihood, double gradientNorm, int iterations, string optimizer, int startsTried, double observations)
    {
        Model = model;
        Parameters = parameters;
        LogLikelihood = logLikelihood;
        GradientNorm = gradientNorm;
        Iterations = iterations;
        Optimizer = optimizer;
        StartsTried = startsTried;
        Observations = observations;
    }

    /// <summary>Gets the model's name (for example "BG/NBD").</summary>
    public string Model { get; }

    /// <summary>Gets the estimates with their standard errors, in the model's parameter order.</summary>
    public IReadOnlyList<ModelParameter> Parameters { get; }

    /// <summary>Gets the maximised log-likelihood (summed over customers, weights counted).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the largest component of the gradient of the mean log-likelihood per customer with respect to the log-parameters at the estimate.</summary>
    public double GradientNorm { get; }

    /// <summary>Gets the iterations of the optimiser run that won.</summary>
    public int Iterations { get; }

    /// <summary>Gets the optimiser that reached the estimate: "BFGS", or "Nelder-Mead + BFGS" when the fallback was needed.</summary>
    public string Optimizer { get; }

    /// <summary>Gets the number of starting points tried.</summary>
    public int StartsTried { get; }

    /// <summary>Gets the number of observations (customers, or the sum of the weights).</summary>
    public double Observations { get; }
}
