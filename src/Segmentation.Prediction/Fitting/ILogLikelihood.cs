namespace Segmentation.Prediction.Fitting;

/// <summary>A model's weighted log-likelihood over its (compressed) rows, in log-parameter space.</summary>
internal interface ILogLikelihood
{
    /// <summary>Gets the number of parameters.</summary>
    int Dimension { get; }

    /// <summary>Gets the sum of the row weights (the customers).</summary>
    double TotalWeight { get; }

    /// <summary>The total log-likelihood at parameters e^theta; fills its gradient with respect to theta.</summary>
    double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient);
}
