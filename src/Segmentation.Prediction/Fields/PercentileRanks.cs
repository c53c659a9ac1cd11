namespace Segmentation.Prediction.Fields;

/// <summary>
/// Percentile ranks with ties at their mid-rank: 100 (below + equal / 2) / n, where below counts the
/// values strictly smaller and equal the values tied with it (the value itself included).
/// </summary>
/// <remarks>
/// Tied customers share one rank, so a threshold never splits them; with distinct values the top
/// k% are exactly those at <c>&gt;= 100 - k</c> when k% of n is whole. Missing values stay missing
/// and are not counted in n.
/// </remarks>
internal static class PercentileRanks
{
    // Whole ranks differ by at least 50/n, so rounding to 10 decimals merges none and keeps the text short.
    private const int Decimals = 10;

    internal static decimal?[] Of(decimal?[] values)
    {
        var order = Enumerable.Range(0, values.Length).Where(i => values[i] is not null).ToArray();
        Array.Sort(order, (i, j) => values[i]!.Value.CompareTo(values[j]!.Value));
        var ranks = new decimal?[values.Length];
        long n = order.Length;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && values[order[end]] == values[order[start]])
            {
                end++;
            }

            var rank = Math.Round(100m * ((2L * start) + (end - start)) / (2m * n), Decimals);
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end;
        }

        return ranks;
    }
}
