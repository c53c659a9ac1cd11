namespace Segmentation.Prediction.Numerics;

/// <summary>The little dense linear algebra the fits need (at most 4 parameters): products, Cholesky, inverse.</summary>
internal static class Linear
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0d;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public static double MaxAbs(ReadOnlySpan<double> a)
    {
        var max = 0d;
        foreach (var v in a)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return double.IsNaN(Dot(a, a)) ? double.NaN : max;
    }

    public static void Multiply(double[,] m, ReadOnlySpan<double> v, Span<double> result)
    {
        for (var i = 0; i < v.Length; i++)
        {
            var sum = 0d;
            for (var j = 0; j < v.Length; j++)
            {
                sum += m[i, j] * v[j];
            }

            result[i] = sum;
        }
    }

    public static void Scale(double[,] m, double factor)
    {
        for (var i = 0; i < m.GetLength(0); i++)
        {
            for (var j = 0; j < m.GetLength(1); j++)
            {
                m[i, j] *= factor;
            }
        }
    }

    /// <summary>The inverse of a symmetric matrix by Cholesky; <see langword="null"/> when it is not positive definite.</summary>
    public static double[,]? InverseIfPositiveDefinite(double[,] a)
    {
        var n = a.GetLength(0);
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(sum > 0d))
                    {
                        return null;
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        // A^-1 column by column: solve L L' x = e_k.
        var inverse = new double[n, n];
        var column = new double[n];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = i == k ? 1d : 0d;
                for (var j = 0; j < i; j++)
                {
                    sum -= l[i, j] * column[j];
                }

                column[i] = sum / l[i, i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var sum = column[i];
                for (var j = i + 1; j < n; j++)
                {
                    sum -= l[j, i] * column[j];
                }

                column[i] = sum / l[i, i];
            }

            for (var i = 0; i < n; i++)
            {
                inverse[i, k] = column[i];
            }
        }

        return inverse;
    }
}
