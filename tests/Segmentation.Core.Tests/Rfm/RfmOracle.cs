namespace Segmentation.Tests.Rfm;

/// <summary>Textbook RFM scoring by full sort, written independently of the library as the test oracle.</summary>
internal static class RfmOracle
{
    /// <summary>R type 7 quantile cut points from a sorted copy.</summary>
    public static double[] QuantileCuts(IEnumerable<double> values, int bins)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var cuts = new double[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            var scaled = (long)(sorted.Length - 1) * k;
            var lo = (int)(scaled / bins);
            var fraction = scaled % bins;
            if (fraction == 0 || sorted[lo + 1] == sorted[lo])
            {
                cuts[k - 1] = sorted[lo];
            }
            else
            {
                var h = (double)fraction / bins;
                cuts[k - 1] = ((1 - h) * sorted[lo]) + (h * sorted[lo + 1]);
            }
        }

        return cuts;
    }

    /// <summary><c>1 + #{k : v &gt; c_k}</c>, or <c>n - #{...}</c> when descending.</summary>
    public static int Score(double value, IReadOnlyList<double> cuts, int bins, bool descending)
    {
        var exceeded = cuts.Count(c => value > c);
        return descending ? bins - exceeded : 1 + exceeded;
    }

    /// <summary>SQL NTILE(n) by a stable sort: ascending by key, ties by position.</summary>
    public static int[] Ntile(IReadOnlyList<double> keys, int bins)
    {
        var n = keys.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        var scores = new int[n];
        var quotient = n / bins;
        var remainder = n % bins;
        var position = 0;
        for (var group = 1; group <= bins; group++)
        {
            var size = quotient + (group <= remainder ? 1 : 0);
            for (var j = 0; j < size; j++)
            {
                scores[order[position++]] = group;
            }
        }

        return scores;
    }
}
