namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Cut points as R type 7 quantiles (numpy's default "linear"), with the position <c>(N-1)k/n</c>
/// computed exactly in integers so a cut point that falls on a data value is exactly that value.
/// </summary>
internal static class QuantileMath
{
    /// <summary>The zero-based ranks whose values the cut points of <paramref name="bins"/> bins need, ascending.</summary>
    public static long[] RanksNeeded(long count, int bins)
    {
        var ranks = new SortedSet<long>();
        for (var k = 1; k < bins; k++)
        {
            var (lower, fraction) = Position(count, bins, k);
            ranks.Add(lower);
            if (fraction != 0)
            {
                ranks.Add(lower + 1);
            }
        }

        return [.. ranks];
    }

    /// <summary>
    /// The k/n quantile: <c>x[lo]</c> when the position is whole or the neighbours are equal,
    /// else <c>(1 - h) x[lo] + h x[lo+1]</c>, the formula R's <c>quantile(type = 7)</c> uses.
    /// </summary>
    public static double CutPoint(long count, int bins, int k, Func<long, double> valueAtRank)
    {
        var (lower, fraction) = Position(count, bins, k);
        var low = valueAtRank(lower);
        if (fraction == 0)
        {
            return low;
        }

        var high = valueAtRank(lower + 1);
        if (high == low)
        {
            return low;
        }

        var h = (double)fraction / bins;
        return ((1 - h) * low) + (h * high);
    }

    /// <summary>
    /// The integer threshold t with <c>v &gt; t</c> exactly when <c>v &gt; cut</c> for every int v:
    /// the floor of the cut, clamped (nothing exceeds a cut at or above <see cref="int.MaxValue"/>).
    /// </summary>
    public static int IntegerThreshold(double cut)
    {
        if (cut >= int.MaxValue)
        {
            return int.MaxValue;
        }

        return (int)Math.Floor(cut);
    }

    // (N-1)k = lo*n + fraction, so the position is lo + fraction/n exactly.
    private static (long Lower, long Fraction) Position(long count, int bins, int k)
    {
        var scaled = (count - 1) * k;
        return (scaled / bins, scaled % bins);
    }
}
