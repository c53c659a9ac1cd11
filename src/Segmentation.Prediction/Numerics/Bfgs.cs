using Segmentation.Prediction.Fitting;

namespace Segmentation.Prediction.Numerics;

/// <summary>
/// Quasi-Newton minimisation (BFGS on the inverse Hessian) with a backtracking Armijo line search.
/// Steps are capped in log-parameter space so one bad direction cannot jump to e^±50; a
/// non-finite objective counts as "too far" and halves the step. A run whose point leaves
/// <see cref="Objective.Bound"/> stops there, not converged (the maximum is on the edge).
/// </summary>
internal static class Bfgs
{
    private const double MaxStep = 4d;
    private const double Armijo = 1e-4;

    public static OptimizerResult Minimize(Objective objective, double[] start, double gradientTolerance, int maxIterations)
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var f = objective.Evaluate(x, g);
        var h = Identity(n);
        var xNew = new double[n];
        var gNew = new double[n];
        var d = new double[n];
        var s = new double[n];
        var y = new double[n];
        var fresh = true;
        var iteration = 0;
        for (; iteration < maxIterations && double.IsFinite(f); iteration++)
        {
            if (Linear.MaxAbs(g) <= gradientTolerance)
            {
                return new OptimizerResult(x, f, Linear.MaxAbs(g), iteration, true);
            }

            Linear.Multiply(h, g, d);
            var slope = 0d;
            for (var i = 0; i < n; i++)
            {
                d[i] = -d[i];
                slope += d[i] * g[i];
            }

            if (!(slope < 0d))
            {
                h = Identity(n);
                fresh = true;
                for (var i = 0; i < n; i++)
                {
                    d[i] = -g[i];
                }

                slope = -Linear.Dot(g, g);
            }

            var step = Math.Min(1d, MaxStep / Math.Max(Linear.MaxAbs(d), double.Epsilon));
            var fNew = double.PositiveInfinity;
            var accepted = false;
            for (var halving = 0; halving < 60; halving++)
            {
                for (var i = 0; i < n; i++)
                {
                    xNew[i] = x[i] + (step * d[i]);
                }

                fNew = objective.Evaluate(xNew, gNew);
                if (fNew <= f + (Armijo * step * slope))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                if (fresh)
                {
                    break;  // even steepest descent makes no progress: the caller checks the gradient
                }

                h = Identity(n);
                fresh = true;
                continue;
            }

            var sy = 0d;
            for (var i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
            }

            if (sy > 1e-12 * Math.Sqrt(Linear.Dot(s, s) * Linear.Dot(y, y)))
            {
                if (fresh)
                {
                    Linear.Scale(h, sy / Linear.Dot(y, y));
                }

                Update(h, s, y, 1d / sy);
                fresh = false;
            }

            var change = f - fNew;
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            if (Objective.Escaped(x))
            {
                return new OptimizerResult(x, f, Linear.MaxAbs(g), iteration + 1, false, Escaped: true);
            }

            if (change <= 1e-16 * Math.Abs(f) && Linear.MaxAbs(g) <= gradientTolerance * 100)
            {
                iteration++;
                break;  // no further progress at machine precision
            }
        }

        var norm = Linear.MaxAbs(g);
        return new OptimizerResult(x, f, norm, iteration, double.IsFinite(f) && norm <= gradientTolerance);
    }

    private static double[,] Identity(int n)
    {
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            h[i, i] = 1d;
        }

        return h;
    }

    // H <- (I - rho s y') H (I - rho y s') + rho s s'
    private static void Update(double[,] h, double[] s, double[] y, double rho)
    {
        var n = s.Length;
        var hy = new double[n];
        Linear.Multiply(h, y, hy);
        var yhy = Linear.Dot(y, hy);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] += (((1d + (rho * yhy)) * rho * s[i] * s[j]) - (rho * ((hy[i] * s[j]) + (s[i] * hy[j]))));
            }
        }
    }
}
