using System.Buffers;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Order statistics of an integer column in one counting pass, without the min/max pass radix
/// selection needs first: values 0 to 4,095 (recency in days up to eleven years, order counts) are
/// counted exactly, smaller and larger ones in one bucket each. It declines only when a wanted rank
/// falls among those outliers.
/// </summary>
internal static class SmallIntegerSelect
{
    /// <summary>Shorter columns take radix selection, whose min/max pass costs less than this pass's fixed counters.</summary>
    public const int MinimumLength = 1 << 16;

    /// <summary>Values below this are counted exactly.</summary>
    public const int Range = 4096;

    // Bucket 0 holds negative values, 1..Range the values 0..Range-1, Range+1 the larger ones.
    private const int Buckets = Range + 2;

    // Four interleaved histograms: runs of equal values (half the customers bought once) would
    // otherwise increment one counter back to back and wait on its previous store.
    private const int Ways = 4;

    /// <summary>Writes the value at each rank (ascending ranks), or returns false when a rank is an outlier.</summary>
    public static bool TrySelect(ReadOnlyMemory<int> values, ReadOnlySpan<long> ranks, Span<int> results, int parallelism)
    {
        if (values.Length < MinimumLength)
        {
            return false;
        }

        var chunks = ParallelRanges.ChunkCount(values.Length, parallelism);
        var perChunk = new int[chunks][];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var counts = ArrayPool<int>.Shared.Rent(Ways * Buckets);
            Array.Clear(counts, 0, Ways * Buckets);
            Count(values.Span.Slice(start, length), counts);
            perChunk[chunk] = counts;
        });

        var histogram = new long[Buckets];
        foreach (var counts in perChunk)
        {
            for (var i = 0; i < Ways * Buckets; i++)
            {
                histogram[i % Buckets] += counts[i];
            }

            ArrayPool<int>.Shared.Return(counts);
        }

        long before = 0;
        var bucket = 0;
        for (var r = 0; r < ranks.Length; r++)
        {
            while (before + histogram[bucket] <= ranks[r])
            {
                before += histogram[bucket++];
            }

            if (bucket is 0 or Buckets - 1)
            {
                return false;
            }

            results[r] = bucket - 1;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(ReadOnlySpan<int> values, Span<int> counts)
    {
        var h0 = counts[..Buckets];
        var h1 = counts.Slice(Buckets, Buckets);
        var h2 = counts.Slice(2 * Buckets, Buckets);
        var h3 = counts.Slice(3 * Buckets, Buckets);
        var i = 0;
        for (; i + Ways <= values.Length; i += Ways)
        {
            h0[Bucket(values[i])]++;
            h1[Bucket(values[i + 1])]++;
            h2[Bucket(values[i + 2])]++;
            h3[Bucket(values[i + 3])]++;
        }

        for (; i < values.Length; i++)
        {
            h0[Bucket(values[i])]++;
        }
    }

    private static int Bucket(int value) => Math.Clamp(value, -1, Range) + 1;
}
