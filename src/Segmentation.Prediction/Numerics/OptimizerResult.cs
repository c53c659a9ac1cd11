namespace Segmentation.Prediction.Numerics;

/// <summary>Where an optimiser stopped: the point, the objective, its gradient's largest component, and whether that met the tolerance.</summary>
internal readonly record struct OptimizerResult(double[] Point, double Value, double GradientNorm, int Iterations, bool Converged);
