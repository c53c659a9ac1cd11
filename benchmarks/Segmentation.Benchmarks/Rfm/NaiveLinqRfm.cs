namespace Segmentation.Benchmarks.Rfm;

/// <summary>The RFM scoring most tutorials show: rank with OrderBy, then bucket with LINQ.</summary>
public static class NaiveLinqRfm
{
    public static (int[] R, int[] F, int[] M) Quantile(RfmData data, int bins)
    {
        var r = Bucket(data.Recency.Select(v => (double)v).ToList(), bins, descending: true);
        var f = Bucket(data.Frequency.Select(v => (double)v).ToList(), bins, descending: false);
        var m = Bucket(data.Monetary.ToList(), bins, descending: false);
        return (r, f, m);
    }

    public static (int[] R, int[] F, int[] M) Ntile(RfmData data, int bins) =>
        (Ntile(data.Recency.Select(v => -(double)v).ToList(), bins),
         Ntile(data.Frequency.Select(v => (double)v).ToList(), bins),
         Ntile(data.Monetary.ToList(), bins));

    private static int[] Bucket(List<double> values, int bins, bool descending)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var cuts = Enumerable.Range(1, bins - 1).Select(k =>
        {
            var position = (sorted.Count - 1) * (double)k / bins;
            var lo = (int)Math.Floor(position);
            var h = position - lo;
            return lo + 1 < sorted.Count ? ((1 - h) * sorted[lo]) + (h * sorted[lo + 1]) : sorted[lo];
        }).ToList();
        return values.Select(v => cuts.Count(c => v > c)).Select(c => descending ? bins - c : 1 + c).ToArray();
    }

    private static int[] Ntile(List<double> values, int bins)
    {
        var n = values.Count;
        var ranked = values.Select((v, i) => (v, i)).OrderBy(x => x.v).ThenBy(x => x.i).Select((x, rank) => (x.i, rank)).ToList();
        var quotient = n / bins;
        var remainder = n % bins;
        var large = remainder * (quotient + 1);
        var scores = new int[n];
        foreach (var (index, rank) in ranked)
        {
            scores[index] = rank < large ? (rank / (quotient + 1)) + 1 : remainder + ((rank - large) / quotient) + 1;
        }

        return scores;
    }
}
