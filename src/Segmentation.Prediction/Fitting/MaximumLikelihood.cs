using System.Globalization;
using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Fitting;

/// <summary>
/// The fit every model shares: BFGS from several starts in log-parameter space (positivity for
/// free, and the likelihood is closer to quadratic there), Nelder-Mead then BFGS again where BFGS
/// alone does not converge, the best converged run kept, then the observed information (central
/// differences of the analytic gradient) for the positive-definite check and standard errors. A
/// start whose run leaves <see cref="Objective.Bound"/> is given up at once: its maximum is on
/// the edge of the parameter space, where no estimate is identified.
/// </summary>
internal static class MaximumLikelihood
{
    private const double HessianStep = 1e-4;

    public static (double[] Estimates, FitReport Report) Fit(string model, string[] names, ILogLikelihood likelihood, IReadOnlyList<double[]> starts, FitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.GradientTolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxIterations);
        if (!(likelihood.TotalWeight > 0d))
        {
            throw new ModelFitException($"{model}: there are no customers to fit; summarise transactions with at least one customer in the calibration period.");
        }

        var objective = new Objective(likelihood);
        OptimizerResult? best = null;
        string optimizer = "BFGS";
        var tried = 0;
        var closest = double.PositiveInfinity;
        string? edge = null;
        foreach (var start in starts)
        {
            tried++;
            var theta = Array.ConvertAll(start, Math.Log);
            var run = Bfgs.Minimize(objective, theta, options.GradientTolerance, options.MaxIterations);
            var how = "BFGS";
            if (!run.Converged && !run.Escaped)
            {
                var simplex = NelderMead.Minimize(objective, theta, options.MaxIterations * 5);
                run = Objective.Escaped(simplex)
                    ? new OptimizerResult(simplex, double.NaN, double.NaN, 0, false, Escaped: true)
                    : Bfgs.Minimize(objective, simplex, options.GradientTolerance, options.MaxIterations);
                how = "Nelder-Mead + BFGS";
            }

            if (run.Escaped)
            {
                edge = Edge(names, run.Point);
                continue;
            }

            closest = Math.Min(closest, double.IsNaN(run.GradientNorm) ? double.PositiveInfinity : run.GradientNorm);
            if (!run.Converged)
            {
                continue;
            }

            if (best is { } previous && Math.Abs(previous.Value - run.Value) <= 1e-10 * Math.Abs(previous.Value))
            {
                break;  // two starts agree on the maximum: more starts would find it again
            }

            if (best is null || run.Value < best.Value.Value)
            {
                best = run;
                optimizer = how;
            }
        }

        if (best is null && edge is not null)
        {
            throw new ModelFitException(string.Create(
                CultureInfo.InvariantCulture,
                $"{model} did not converge from any of {tried} starts: the likelihood keeps rising towards the edge of the parameter space ({edge}), so the data do not identify the model (too few repeat buyers, or no sign of customers leaving). Try another model or more data."));
        }

        if (best is not { } winner)
        {
            throw new ModelFitException(string.Create(
                CultureInfo.InvariantCulture,
                $"{model} did not converge from any of {tried} starts (smallest gradient {closest:G3}, tolerance {options.GradientTolerance:G3}); the data may not identify the model (too few repeat buyers, or parameters running to a boundary). Try another model or more data."));
        }

        var n = names.Length;
        var information = Information(objective, winner.Point, likelihood.TotalWeight);
        var covariance = Linear.InverseIfPositiveDefinite(information)
            ?? throw new ModelFitException($"{model}: the optimum found is not a strict maximum (the Hessian of the negative log-likelihood is not positive definite), so the estimates and their standard errors are not identified; try another model or more data.");
        var estimates = new double[n];
        var parameters = new ModelParameter[n];
        for (var i = 0; i < n; i++)
        {
            estimates[i] = Math.Exp(winner.Point[i]);
            parameters[i] = new ModelParameter(names[i], estimates[i], estimates[i] * Math.Sqrt(covariance[i, i]));
        }

        var report = new FitReport(model, parameters, -winner.Value * likelihood.TotalWeight, winner.GradientNorm, winner.Iterations, optimizer, tried, likelihood.TotalWeight);
        return (estimates, report);
    }

    // "s → 0, r → ∞": the parameters beyond the bound, with the way they went.
    private static string Edge(string[] names, double[] point)
    {
        var parts = new List<string>();
        for (var i = 0; i < point.Length; i++)
        {
            if (!(Math.Abs(point[i]) <= Objective.Bound))
            {
                parts.Add(names[i] + (point[i] > 0 ? " → ∞" : " → 0"));
            }
        }

        return string.Join(", ", parts);
    }

    // Observed information of the total negative log-likelihood in log-parameters, symmetrised.
    private static double[,] Information(Objective objective, double[] point, double weight)
    {
        var n = point.Length;
        var h = new double[n, n];
        var plus = new double[n];
        var minus = new double[n];
        var shifted = (double[])point.Clone();
        for (var j = 0; j < n; j++)
        {
            shifted[j] = point[j] + HessianStep;
            objective.Evaluate(shifted, plus);
            shifted[j] = point[j] - HessianStep;
            objective.Evaluate(shifted, minus);
            shifted[j] = point[j];
            for (var i = 0; i < n; i++)
            {
                h[i, j] = (plus[i] - minus[i]) / (2d * HessianStep) * weight;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                h[i, j] = h[j, i] = 0.5 * (h[i, j] + h[j, i]);
            }
        }

        return h;
    }
}
