namespace Segmentation.Prediction.Numerics;

/// <summary>Where an optimiser stopped: the point, the objective, its gradient's largest component, whether that met the tolerance, and whether the point left <see cref="Fitting.Objective.Bound"/>.</summary>
internal readonly record struct OptimizerResult(double[] Point, double Value, double GradientNorm, int Iterations, bool Converged, bool Escaped = false);
