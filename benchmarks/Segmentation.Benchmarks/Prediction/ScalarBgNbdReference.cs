using Segmentation.Prediction.Summary;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>
/// The baseline the issue compares against, written as the Python packages do it but in scalar
/// C#: the BG/NBD log-likelihood summed over every customer (no merging of identical rows, every
/// Γ term per row), minimised by the same BFGS as the library's fit, with a central-difference
/// gradient (scipy's default when no gradient is given). Its ln Γ is the library's.
/// </summary>
internal static class ScalarBgNbdReference
{
    public static double NegativeLogLikelihood(CustomerSummary[] customers, double r, double alpha, double a, double b)
    {
        var sum = 0d;
        foreach (var c in customers)
        {
            var x = c.Frequency;
            var a1 = LogGamma(r + x) - LogGamma(r) + (r * Math.Log(alpha));
            var a2 = LogGamma(a + b) + LogGamma(b + x) - LogGamma(b) - LogGamma(a + b + x);
            var a3 = -(r + x) * Math.Log(alpha + c.Age);
            var a4 = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + c.Recency)) : double.NegativeInfinity;
            var max = Math.Max(a3, a4);
            sum += a1 + a2 + max + Math.Log(Math.Exp(a3 - max) + Math.Exp(a4 - max));
        }

        return -sum;
    }

    /// <summary>Fits (r, α, a, b) from one start by BFGS on the mean negative log-likelihood with central-difference gradients.</summary>
    public static double[] Fit(CustomerSummary[] customers)
    {
        double F(double[] theta) =>
            NegativeLogLikelihood(customers, Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3])) / customers.Length;

        var x = new double[4];
        var g = Gradient(F, x);
        var f = F(x);
        var h = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            h[i, i] = 1;
        }

        for (var iteration = 0; iteration < 200 && MaxAbs(g) > 1e-7; iteration++)
        {
            var d = new double[4];
            for (var i = 0; i < 4; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    d[i] -= h[i, j] * g[j];
                }
            }

            var step = Math.Min(1, 4 / MaxAbs(d));
            var slope = Dot(d, g);
            double[] next;
            double fNext;
            do
            {
                next = [x[0] + (step * d[0]), x[1] + (step * d[1]), x[2] + (step * d[2]), x[3] + (step * d[3])];
                fNext = F(next);
                step /= 2;
            }
            while (!(fNext <= f + (1e-4 * 2 * step * slope)) && step > 1e-20);

            var gNext = Gradient(F, next);
            var s = new double[4];
            var y = new double[4];
            for (var i = 0; i < 4; i++)
            {
                s[i] = next[i] - x[i];
                y[i] = gNext[i] - g[i];
            }

            var sy = Dot(s, y);
            if (sy > 1e-12)
            {
                var hy = new double[4];
                for (var i = 0; i < 4; i++)
                {
                    for (var j = 0; j < 4; j++)
                    {
                        hy[i] += h[i, j] * y[j];
                    }
                }

                var yhy = Dot(y, hy);
                for (var i = 0; i < 4; i++)
                {
                    for (var j = 0; j < 4; j++)
                    {
                        h[i, j] += ((1 + (yhy / sy)) * s[i] * s[j] / sy) - (((hy[i] * s[j]) + (s[i] * hy[j])) / sy);
                    }
                }
            }

            (x, f, g) = (next, fNext, gNext);
        }

        return Array.ConvertAll(x, Math.Exp);
    }

    /// <summary>BG/NBD P(alive), the textbook way: three logarithms and an exponential per customer.</summary>
    public static double ProbabilityAlive(double r, double alpha, double a, double b, int x, double recency, double age) =>
        x == 0 ? 1d : 1d / (1d + Math.Exp(Math.Log(a) - Math.Log(b + x - 1) + ((r + x) * (Math.Log(alpha + age) - Math.Log(alpha + recency)))));

    private static double[] Gradient(Func<double[], double> f, double[] x)
    {
        var g = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            g[i] = (f(plus) - f(minus)) / 2e-6;
        }

        return g;
    }

    private static double LogGamma(double x) => Segmentation.Prediction.Numerics.SpecialFunctions.LogGamma(x);

    private static double Dot(double[] a, double[] b) => (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]) + (a[3] * b[3]);

    private static double MaxAbs(double[] a) => a.Max(Math.Abs);
}
