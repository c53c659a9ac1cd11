using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Finds the values at given ranks of the sorted order without sorting: a histogram of the top
/// 12 bits of the key range, then the same on the (small) buckets that hold a wanted rank.
/// Integers with a range below 4,096 (recency days, order counts) resolve in one counting pass.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TKey">The key order.</typeparam>
internal static partial class RadixSelect<T, TKey>
    where T : unmanaged, INumber<T>
    where TKey : IOrderedKey<T>
{
    // 4,096 buckets: the histogram stays in L1 (measured: a 256 KB one made the counting pass
    // several times slower). Recency up to 11 years and order counts resolve in one pass; amounts
    // need a second level on the few buckets that hold a wanted rank.
    private const int RadixBits = 12;
    private const int SortBelow = 64;

    // Large double columns skip the min/max pass: their first level buckets the top 18 bits of the
    // key (sign, exponent and 6 mantissa bits: 64 buckets per power of two, about 1% apart), which
    // suits amounts spread over decades and keeps the gathered buckets small. Real data touches a
    // thousand or so of the 262,144 counters, so the hot part of the histogram stays in cache.
    private const int ExponentBits = 18;
    private const int ExponentBucketsFrom = 1 << 18;

    /// <summary>
    /// For each rank in <paramref name="ranks"/> (ascending, each in <c>[0, values.Length)</c>) writes the value at
    /// that rank, the number of values strictly before it in key order and, when <paramref name="countEqual"/> is not
    /// empty, the number of values equal to it.
    /// </summary>
    public static void Select(ReadOnlyMemory<T> values, ReadOnlySpan<long> ranks, Span<T> results, Span<long> countLess, Span<long> countEqual = default, int maxDegreeOfParallelism = -1)
    {
        var requests = new Request[ranks.Length];
        for (var i = 0; i < ranks.Length; i++)
        {
            if (ranks[i] < 0 || ranks[i] >= values.Length || (i > 0 && ranks[i] < ranks[i - 1]))
            {
                throw new InvalidOperationException("Ranks must be ascending and inside the input.");
            }

            requests[i] = new Request(ranks[i], i);
        }

        SelectCore(values, requests, 0, results, countLess, countEqual, maxDegreeOfParallelism, topLevel: true);
    }

    private static void SelectCore(ReadOnlyMemory<T> values, ReadOnlySpan<Request> requests, long offset, Span<T> results, Span<long> countLess, Span<long> countEqual, int parallelism, bool topLevel = false)
    {
        if (requests.Length == 0)
        {
            return;
        }

        if (values.Length <= SortBelow)
        {
            SelectSmall(values.Span, requests, offset, results, countLess, countEqual);
            return;
        }

        var (minKey, shift, bucketCount) = topLevel && typeof(T) == typeof(double) && values.Length >= ExponentBucketsFrom
            ? (0UL, 64 - ExponentBits, 1 << ExponentBits)
            : KeyRange(values.Span);
        var chunks = ParallelRanges.ChunkCount(values.Length, parallelism);
        var perChunk = Histogram(values, minKey, shift, bucketCount, chunks);
        var histogram = chunks == 1 ? perChunk : perChunk.AsSpan(0, bucketCount).ToArray();
        for (var c = 1; c < chunks; c++)
        {
            var part = perChunk.AsSpan(c * bucketCount, bucketCount);
            for (var b = 0; b < bucketCount; b++)
            {
                histogram[b] += part[b];
            }
        }

        var located = new Located[requests.Length];
        long before = 0;
        var bucket = 0;
        for (var r = 0; r < requests.Length; r++)
        {
            while (before + histogram[bucket] <= requests[r].Rank)
            {
                before += histogram[bucket++];
            }

            located[r] = new Located(bucket, before);
        }

        if (shift == 0)
        {
            // Exact buckets: the bucket is the value.
            for (var r = 0; r < requests.Length; r++)
            {
                results[requests[r].Slot] = TKey.FromKey(minKey + (ulong)located[r].Bucket);
                countLess[requests[r].Slot] = offset + located[r].Before;
                if (!countEqual.IsEmpty)
                {
                    countEqual[requests[r].Slot] = histogram[located[r].Bucket];
                }
            }

            return;
        }

        // Gather the members of each bucket that holds a wanted rank, then select inside it.
        var wanted = located.Select(l => l.Bucket).Distinct().ToArray();
        var gathered = Gather(values, minKey, shift, bucketCount, chunks, perChunk, wanted);
        for (var w = 0; w < wanted.Length; w++)
        {
            var inBucket = new List<Request>();
            long bucketStart = 0;
            for (var r = 0; r < requests.Length; r++)
            {
                if (located[r].Bucket == wanted[w])
                {
                    bucketStart = located[r].Before;
                    inBucket.Add(new Request(requests[r].Rank - bucketStart, requests[r].Slot));
                }
            }

            SelectCore(gathered[w], inBucket.ToArray(), offset + bucketStart, results, countLess, countEqual, 1);
        }
    }

    // Buckets over the key range: min/max first, then 4,096 equal key intervals.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong MinKey, int Shift, int BucketCount) KeyRange(ReadOnlySpan<T> values)
    {
        var (minValue, maxValue) = MinMax.Of(values);
        var minKey = Math.Min(TKey.ToKey(minValue), TKey.ToKey(maxValue));
        var range = Math.Max(TKey.ToKey(minValue), TKey.ToKey(maxValue)) - minKey;
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(range) - RadixBits);
        return (minKey, shift, (int)(range >> shift) + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SelectSmall(ReadOnlySpan<T> values, ReadOnlySpan<Request> requests, long offset, Span<T> results, Span<long> countLess, Span<long> countEqual)
    {
        var keys = new ulong[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            keys[i] = TKey.ToKey(values[i]);
        }

        Array.Sort(keys);
        foreach (var request in requests)
        {
            var key = keys[request.Rank];
            var first = (int)request.Rank;
            while (first > 0 && keys[first - 1] == key)
            {
                first--;
            }

            results[request.Slot] = TKey.FromKey(key);
            countLess[request.Slot] = offset + first;
            if (!countEqual.IsEmpty)
            {
                var last = (int)request.Rank;
                while (last + 1 < keys.Length && keys[last + 1] == key)
                {
                    last++;
                }

                countEqual[request.Slot] = last - first + 1;
            }
        }
    }

    private readonly record struct Request(long Rank, int Slot);

    private readonly record struct Located(int Bucket, long Before);
}
