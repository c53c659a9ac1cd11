using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>Builds each dimension's cut points for the quantile and thresholds methods.</summary>
internal static class RfmCutPlanner
{
    /// <summary>Quantile cut points of an integer column (recency descending, frequency ascending).</summary>
    public static DimensionPlan<int> Quantile(ReadOnlyMemory<int> values, int bins, bool descending, int parallelism)
    {
        var cuts = QuantileCuts<int, AscendingInt32Key>(values, bins, parallelism, SmallIntegerSelect.TrySelect);
        return DimensionPlan<int>.WithoutTies(IntegerCuts(cuts), descending, cuts);
    }

    /// <summary>Quantile cut points of the monetary column.</summary>
    public static DimensionPlan<double> Quantile(ReadOnlyMemory<double> values, int bins, int parallelism)
    {
        var cuts = QuantileCuts<double, AscendingDoubleKey>(values, bins, parallelism);
        return DimensionPlan<double>.WithoutTies(cuts, false, cuts);
    }

    /// <summary>Caller-given cut points of an integer column (validated by the caller).</summary>
    public static DimensionPlan<int> Thresholds(IReadOnlyList<double> cuts, bool descending) =>
        DimensionPlan<int>.WithoutTies(IntegerCuts([.. cuts]), descending, [.. cuts]);

    /// <summary>Caller-given cut points of the monetary column (validated by the caller).</summary>
    public static DimensionPlan<double> Thresholds(IReadOnlyList<double> cuts) =>
        DimensionPlan<double>.WithoutTies([.. cuts], false, [.. cuts]);

    // tryFast: a one-pass selection that may decline (SmallIntegerSelect); radix selection always answers.
    private static double[] QuantileCuts<T, TKey>(ReadOnlyMemory<T> values, int bins, int parallelism, TrySelect<T>? tryFast = null)
        where T : unmanaged, System.Numerics.INumber<T>
        where TKey : IOrderedKey<T>
    {
        var cuts = new double[bins - 1];
        if (values.Length == 0)
        {
            Array.Fill(cuts, double.NaN);
            return cuts;
        }

        var ranks = QuantileMath.RanksNeeded(values.Length, bins);
        var selected = new T[ranks.Length];
        if (tryFast?.Invoke(values, ranks, selected, parallelism) != true)
        {
            RadixSelect<T, TKey>.Select(values, ranks, selected, new long[ranks.Length], default, parallelism);
        }
        for (var k = 1; k < bins; k++)
        {
            cuts[k - 1] = QuantileMath.CutPoint(values.Length, bins, k, rank => double.CreateTruncating(selected[Array.BinarySearch(ranks, rank)]));
        }

        return cuts;
    }

    private static int[] IntegerCuts(double[] cuts)
    {
        var result = new int[cuts.Length];
        for (var k = 0; k < cuts.Length; k++)
        {
            // NaN cut points only occur for empty input, where nothing is scored.
            result[k] = double.IsNaN(cuts[k]) ? int.MaxValue : QuantileMath.IntegerThreshold(cuts[k]);
        }

        return result;
    }

    private delegate bool TrySelect<T>(ReadOnlyMemory<T> values, ReadOnlySpan<long> ranks, Span<T> results, int parallelism);
}
