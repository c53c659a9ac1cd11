namespace Segmentation.Benchmarks.Rfm;

/// <summary>A careful hand-written RFM: Array.Sort of each column for cut points or ranks, tight loops.</summary>
public static class SortBasedRfm
{
    public static (byte[] R, byte[] F, byte[] M) Quantile(RfmData data, int bins) =>
        (Score(data.Recency, bins, descending: true),
         Score(data.Frequency, bins, descending: false),
         Score(data.Monetary, bins, descending: false));

    public static (byte[] R, byte[] F, byte[] M) Ntile(RfmData data, int bins)
    {
        // Integers: pack (value, position) into one long so one primitive sort is stable.
        var r = NtileInt(data.Recency, bins, descending: true);
        var f = NtileInt(data.Frequency, bins, descending: false);
        var m = NtileDouble(data.Monetary, bins);
        return (r, f, m);
    }

    private static byte[] Score<T>(T[] values, int bins, bool descending)
        where T : struct, IComparable<T>, IConvertible
    {
        var sorted = (T[])values.Clone();
        Array.Sort(sorted);
        var cuts = new double[bins - 1];
        for (var k = 1; k < bins; k++)
        {
            var scaled = (long)(sorted.Length - 1) * k;
            var lo = (int)(scaled / bins);
            var h = (double)(scaled % bins) / bins;
            var low = sorted[lo].ToDouble(null);
            cuts[k - 1] = h == 0 ? low : ((1 - h) * low) + (h * sorted[lo + 1].ToDouble(null));
        }

        var scores = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i].ToDouble(null);
            var exceeded = 0;
            foreach (var c in cuts)
            {
                exceeded += v > c ? 1 : 0;
            }

            scores[i] = (byte)(descending ? bins - exceeded : 1 + exceeded);
        }

        return scores;
    }

    private static byte[] NtileInt(int[] values, int bins, bool descending)
    {
        var keys = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = descending ? ~values[i] : values[i];
            keys[i] = ((long)v << 32) | (uint)i;
        }

        Array.Sort(keys);
        var scores = new byte[values.Length];
        Assign(values.Length, bins, rank => (int)(uint)keys[rank], scores);
        return scores;
    }

    private static byte[] NtileDouble(double[] values, int bins)
    {
        var keys = (double[])values.Clone();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        // Array.Sort is not stable: restore position order inside each run of equal values.
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        var scores = new byte[values.Length];
        Assign(values.Length, bins, rank => order[rank], scores);
        return scores;
    }

    private static void Assign(int n, int bins, Func<int, int> indexAtRank, byte[] scores)
    {
        var quotient = n / bins;
        var remainder = n % bins;
        var rank = 0;
        for (var group = 1; group <= bins; group++)
        {
            var size = quotient + (group <= remainder ? 1 : 0);
            for (var j = 0; j < size; j++)
            {
                scores[indexAtRank(rank++)] = (byte)group;
            }
        }
    }
}
