using System.Buffers;
using System.Numerics;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Finds the values at given ranks of the sorted order without sorting: a histogram of the top
/// 16 bits of the key range, then the same on the (small) buckets that hold a wanted rank.
/// Integers with a range below 65,536 (recency days, order counts) resolve in one counting pass.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <typeparam name="TKey">The key order.</typeparam>
internal static partial class RadixSelect<T, TKey>
    where T : unmanaged, INumber<T>
    where TKey : IOrderedKey<T>
{
    private const int RadixBits = 16;
    private const int SortBelow = 64;

    /// <summary>
    /// For each rank in <paramref name="ranks"/> (ascending, each in <c>[0, values.Length)</c>) writes the value at
    /// that rank and the number of values strictly before it in key order.
    /// </summary>
    public static void Select(ReadOnlyMemory<T> values, ReadOnlySpan<long> ranks, Span<T> results, Span<long> countLess, int maxDegreeOfParallelism = -1)
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

        SelectCore(values, requests, 0, results, countLess, maxDegreeOfParallelism);
    }

    private static void SelectCore(ReadOnlyMemory<T> values, ReadOnlySpan<Request> requests, long offset, Span<T> results, Span<long> countLess, int parallelism)
    {
        if (requests.Length == 0)
        {
            return;
        }

        if (values.Length <= SortBelow)
        {
            SelectSmall(values.Span, requests, offset, results, countLess);
            return;
        }

        var (minValue, maxValue) = MinMax.Of(values.Span);
        var minKey = Math.Min(TKey.ToKey(minValue), TKey.ToKey(maxValue));
        var range = Math.Max(TKey.ToKey(minValue), TKey.ToKey(maxValue)) - minKey;
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(range) - RadixBits);
        var bucketCount = (int)(range >> shift) + 1;
        var histogram = ArrayPool<int>.Shared.Rent(bucketCount);
        try
        {
            Histogram(values, minKey, shift, histogram.AsSpan(0, bucketCount), parallelism);
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
                }

                return;
            }

            Refine(values.Span, requests, located, histogram, minKey, shift, offset, results, countLess);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(histogram);
        }
    }

    // Gathers the members of each bucket that holds a wanted rank, then selects inside it.
    private static void Refine(
        ReadOnlySpan<T> values, ReadOnlySpan<Request> requests, Located[] located, int[] histogram,
        ulong minKey, int shift, long offset, Span<T> results, Span<long> countLess)
    {
        var buckets = located.Select(l => l.Bucket).Distinct().ToArray();
        var gathered = new T[buckets.Length][];
        var filled = new int[buckets.Length];
        var lowest = buckets.Min();
        var highest = buckets.Max();
        var map = new sbyte[highest - lowest + 1];
        Array.Fill(map, (sbyte)-1);
        for (var b = 0; b < buckets.Length; b++)
        {
            gathered[b] = new T[histogram[buckets[b]]];
            map[buckets[b] - lowest] = (sbyte)b;
        }

        foreach (var value in values)
        {
            var bucket = (int)((TKey.ToKey(value) - minKey) >> shift) - lowest;
            if ((uint)bucket < (uint)map.Length && map[bucket] >= 0)
            {
                var slot = map[bucket];
                gathered[slot][filled[slot]++] = value;
            }
        }

        for (var b = 0; b < buckets.Length; b++)
        {
            var inBucket = new List<Request>();
            long before = 0;
            for (var r = 0; r < requests.Length; r++)
            {
                if (located[r].Bucket == buckets[b])
                {
                    before = located[r].Before;
                    inBucket.Add(new Request(requests[r].Rank - before, requests[r].Slot));
                }
            }

            SelectCore(gathered[b], inBucket.ToArray(), offset + before, results, countLess, 1);
        }
    }

    private static void SelectSmall(ReadOnlySpan<T> values, ReadOnlySpan<Request> requests, long offset, Span<T> results, Span<long> countLess)
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
        }
    }

    private readonly record struct Request(long Rank, int Slot);

    private readonly record struct Located(int Bucket, long Before);
}
