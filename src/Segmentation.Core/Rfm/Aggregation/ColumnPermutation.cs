using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>Gathers customer columns into a new order.</summary>
internal static class ColumnPermutation
{
    private const int ParallelThreshold = 1 << 16;

    /// <summary>Writes <c>source[order[i]]</c> to position i of every column of <paramref name="target"/>.</summary>
    public static void Gather(CustomerColumns source, int[] order, RfmAggregates target)
    {
        // Gathers in sorted order are cache misses on a million customers: halves on both cores.
        var halves = order.Length < ParallelThreshold || Environment.ProcessorCount < 2 ? 1 : 2;
        var half = order.Length / halves;
        Parallel.For(0, halves, h => GatherRange(source, order, target, h * half, h == halves - 1 ? order.Length : (h + 1) * half));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GatherRange(CustomerColumns source, int[] order, RfmAggregates target, int from, int to)
    {
        var (ids, recency, frequency, monetary) = (source.Ids!, source.RecencyDays, source.Frequency, source.Monetary);
        var (targetIds, targetRecency, targetFrequency, targetMonetary) = (target.CustomerIdArray!, target.RecencyArray, target.FrequencyArray, target.MonetaryArray);
        for (var i = from; i < to; i++)
        {
            var j = order[i];
            targetIds[i] = ids[j];
            targetRecency[i] = recency[j];
            targetFrequency[i] = frequency[j];
            targetMonetary[i] = monetary[j];
        }
    }
}
