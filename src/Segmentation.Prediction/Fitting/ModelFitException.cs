namespace Segmentation.Prediction.Fitting;

/// <summary>
/// A model could not be fitted to the data: no start converged (the gradient did not vanish), or
/// the point found is not a maximum (the Hessian is not positive definite). The estimates would be
/// wrong, so none are returned.
/// </summary>
public sealed class ModelFitException : SegmentationException
{
    /// <summary>Creates the exception with a message that names the model and what failed.</summary>
    /// <param name="message">What failed and what to try.</param>
    public ModelFitException(string message)
        : base(message, "model")
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What failed and what to try.</param>
    /// <param name="innerException">The cause.</param>
    public ModelFitException(string message, Exception innerException)
        : base(message, "model", innerException)
    {
    }

    /// <summary>Creates the exception with no message; prefer the constructors that take one.</summary>
    public ModelFitException()
    {
    }
}
