namespace Segmentation.Prediction.Fitting;

/// <summary>One fitted parameter with its standard error.</summary>
/// <param name="Name">The parameter's name as in the literature (r, alpha, a, b, s, beta, ...).</param>
/// <param name="Value">The maximum-likelihood estimate.</param>
/// <param name="StandardError">The asymptotic standard error: the delta method on the inverse of the observed information in log-parameter space.</param>
public readonly record struct ModelParameter(string Name, double Value, double StandardError);
