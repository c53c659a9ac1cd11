using Segmentation.Prediction.Fitting;

namespace Segmentation.Prediction.Numerics;

/// <summary>
/// The derivative-free fallback: Nelder-Mead simplex search in log-parameter space. It tolerates
/// regions where the gradient misleads (far from the optimum, near a boundary); BFGS polishes its
/// result and the gradient test decides convergence. It stops when its best point leaves
/// <see cref="Objective.Bound"/>.
/// </summary>
internal static class NelderMead
{
    public static double[] Minimize(Objective objective, double[] start, int maxIterations)
    {
        var n = start.Length;
        var scratch = new double[n];
        double F(double[] p) => objective.Evaluate(p, scratch);

        var points = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            points[i] = (double[])start.Clone();
            if (i > 0)
            {
                points[i][i - 1] += 0.5;
            }

            values[i] = F(points[i]);
        }

        var centroid = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            Array.Sort(values, points);
            if (Math.Abs(values[n] - values[0]) <= 1e-13 * (Math.Abs(values[0]) + 1e-300) || Objective.Escaped(points[0]))
            {
                break;
            }

            Array.Clear(centroid);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += points[i][j] / n;
                }
            }

            var reflected = Along(centroid, points[n], -1d);
            var fr = F(reflected);
            if (fr < values[0])
            {
                var expanded = Along(centroid, points[n], -2d);
                var fe = F(expanded);
                (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
            }
            else if (fr < values[n - 1])
            {
                (points[n], values[n]) = (reflected, fr);
            }
            else
            {
                var contracted = Along(centroid, points[n], fr < values[n] ? -0.5 : 0.5);
                var fc = F(contracted);
                if (fc < Math.Min(fr, values[n]))
                {
                    (points[n], values[n]) = (contracted, fc);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = Along(points[0], points[i], 0.5);
                        values[i] = F(points[i]);
                    }
                }
            }
        }

        Array.Sort(values, points);
        return points[0];
    }

    // from + t (to - from), with t relative to the centroid: -1 reflects, -2 expands, ±0.5 contracts.
    private static double[] Along(double[] from, double[] to, double t)
    {
        var result = new double[from.Length];
        for (var i = 0; i < from.Length; i++)
        {
            result[i] = from[i] + (t * (to[i] - from[i]));
        }

        return result;
    }
}
