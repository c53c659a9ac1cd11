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
internal static class RadixSelect<T, TKey>
    where T : unmanaged
    where TKey : IOrderedKey<T>
{
    private const int RadixBits = 16;
    private const int SortBelow = 64;

    /// <summary>
    /// For each rank in <paramref name="ranks"/> (ascending, each in <c>[0, values.Length)</c>) writes the value at
    /// that rank and the number of values strictly before it in key order.
    /// </summary>
    public static void Select(ReadOnlySpan<T> values, ReadOnlySpan<long> ranks, Span<T> results, Span<long> countLess)
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

        SelectCore(values, requests, 0, results, countLess);
    }

    private static void SelectCore(ReadOnlySpan<T> values, ReadOnlySpan<Request> requests, long offset, Span<T> results, Span<long> countLess)
    {
        if (values.Length <= SortBelow)
        {
            SelectSmall(values, requests, offset, results, countLess);
            return;
        }

        var (minKey, maxKey) = KeyRange(values);
        var range = maxKey - minKey;
        var shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount(range) - RadixBits);
        var bucketCount = (int)(range >> shift) + 1;
        var histogram = ArrayPool<int>.Shared.Rent(bucketCount);
        try
        {
            Array.Clear(histogram, 0, bucketCount);
            foreach (var value in values)
            {
                histogram[(int)((TKey.ToKey(value) - minKey) >> shift)]++;
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
                }

                return;
            }

            Refine(values, requests, located, histogram, minKey, shift, offset, results, countLess);
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
        for (var b = 0; b < buckets.Length; b++)
        {
            gathered[b] = new T[histogram[buckets[b]]];
        }

        foreach (var value in values)
        {
            var bucket = (int)((TKey.ToKey(value) - minKey) >> shift);
            var slot = Array.IndexOf(buckets, bucket);
            if (slot >= 0)
            {
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

            SelectCore(gathered[b], inBucket.ToArray(), offset + before, results, countLess);
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

    private static (ulong Min, ulong Max) KeyRange(ReadOnlySpan<T> values)
    {
        var min = ulong.MaxValue;
        var max = ulong.MinValue;
        foreach (var value in values)
        {
            var key = TKey.ToKey(value);
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        return (min, max);
    }

    private readonly record struct Request(long Rank, int Slot);

    private readonly record struct Located(int Bucket, long Before);
}
