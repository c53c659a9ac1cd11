using System.Buffers;
using System.Numerics;

namespace Segmentation.Rfm.Kernels;

/// <summary>The counting pass of <see cref="RadixSelect{T, TKey}"/>.</summary>
internal static partial class RadixSelect<T, TKey>
    where T : unmanaged, INumber<T>
    where TKey : IOrderedKey<T>
{
    // Four interleaved sub-histograms: runs of equal values (half the customers bought once)
    // would otherwise increment one counter back to back and wait on its previous store.
    private const int Ways = 4;

    private static void Histogram(ReadOnlyMemory<T> values, ulong minKey, int shift, Span<int> histogram, int parallelism)
    {
        var chunks = ParallelRanges.ChunkCount(values.Length, parallelism);
        var buckets = histogram.Length;
        var partial = ArrayPool<int>.Shared.Rent(chunks * Ways * buckets);
        try
        {
            Array.Clear(partial, 0, chunks * Ways * buckets);
            ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
                Count(values.Span.Slice(start, length), minKey, shift, partial.AsSpan(chunk * Ways * buckets, Ways * buckets), buckets));
            histogram.Clear();
            for (var h = 0; h < chunks * Ways; h++)
            {
                var part = partial.AsSpan(h * buckets, buckets);
                for (var b = 0; b < buckets; b++)
                {
                    histogram[b] += part[b];
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(partial);
        }
    }

    private static void Count(ReadOnlySpan<T> values, ulong minKey, int shift, Span<int> counts, int buckets)
    {
        var h0 = counts[..buckets];
        var h1 = counts.Slice(buckets, buckets);
        var h2 = counts.Slice(2 * buckets, buckets);
        var h3 = counts.Slice(3 * buckets, buckets);
        var i = 0;
        for (; i + Ways <= values.Length; i += Ways)
        {
            h0[(int)((TKey.ToKey(values[i]) - minKey) >> shift)]++;
            h1[(int)((TKey.ToKey(values[i + 1]) - minKey) >> shift)]++;
            h2[(int)((TKey.ToKey(values[i + 2]) - minKey) >> shift)]++;
            h3[(int)((TKey.ToKey(values[i + 3]) - minKey) >> shift)]++;
        }

        for (; i < values.Length; i++)
        {
            h0[(int)((TKey.ToKey(values[i]) - minKey) >> shift)]++;
        }
    }
}
