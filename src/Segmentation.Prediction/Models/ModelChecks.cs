namespace Segmentation.Prediction.Models;

/// <summary>Parameter checks and starting points shared by the models.</summary>
internal static class ModelChecks
{
    public static void Positive(params ReadOnlySpan<double> parameters)
    {
        foreach (var p in parameters)
        {
            if (!(p > 0d) || !double.IsFinite(p))
            {
                throw new ArgumentOutOfRangeException(nameof(parameters), p, "Every model parameter must be finite and positive.");
            }
        }
    }

    /// <summary>Starts for (r, α, a, b): unit values, and two spreads scaled to the customers' mean age (α is in time units).</summary>
    public static double[][] BetaGeometricStarts(SummaryRows rows)
    {
        var scale = Math.Max(rows.MeanAge, 1e-3);
        return [[1d, 1d, 1d, 1d], [0.5, scale / 10, 0.8, 2.5], [2d, scale, 2d, 5d]];
    }

    /// <summary>Starts for (r, α, s, β) of Pareto/NBD.</summary>
    public static double[][] ParetoStarts(SummaryRows rows)
    {
        var scale = Math.Max(rows.MeanAge, 1e-3);
        return [[1d, 1d, 1d, 1d], [0.5, scale / 4, 0.5, scale / 4], [1d, scale, 1d, scale]];
    }
}
