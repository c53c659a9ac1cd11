using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// The fast path for ids whose first 8 characters are all below U+0100 (ASCII and Latin-1 ids,
/// the common case): those 8 characters fit a 64-bit key, 8 bits each, that orders like the
/// string's prefix, and the (key, index) pairs are sorted by a least-significant-byte radix sort
/// that skips the bytes no two keys differ in. Ties are resolved as in the general path.
/// </summary>
internal static partial class OrdinalIdSort
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[]? TryOrderNarrow(string[] ids, ulong[]? prefixKeys)
    {
        var keys = prefixKeys ?? new ulong[ids.Length];
        var parts = ids.Length < ParallelThreshold || Environment.ProcessorCount < 2 ? 1 : 2;
        var all = new ulong[parts];
        var any = new ulong[parts];
        var narrow = new bool[parts];

        // Keys of two halves on two cores: the strings are read in memory order, so this is bandwidth, not misses.
        Parallel.For(0, parts, p =>
        {
            var (from, to) = (p * (ids.Length / parts), p == parts - 1 ? ids.Length : (p + 1) * (ids.Length / parts));
            if (prefixKeys is null)
            {
                narrow[p] = TryFillKeys(ids, keys, from, to, out all[p], out any[p]);
            }
            else
            {
                (all[p], any[p]) = Bits(keys, from, to);
                narrow[p] = true;
            }
        });
        if (narrow.Contains(false))
        {
            return null;
        }

        ulong common = ulong.MaxValue, seen = 0;
        for (var p = 0; p < parts; p++)
        {
            common &= all[p];
            seen |= any[p];
        }

        var varying = common ^ seen;

        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var scratchKeys = new ulong[ids.Length];
        var scratchOrder = new int[ids.Length];
        if (keys.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            SortNarrowRun(ids, keys, order, scratchKeys, scratchOrder, 0, keys.Length, varying);
            return order;
        }

        var half = keys.Length / 2;
        Parallel.Invoke(
            () => SortNarrowRun(ids, keys, order, scratchKeys, scratchOrder, 0, half, varying),
            () => SortNarrowRun(ids, keys, order, scratchKeys, scratchOrder, half, keys.Length, varying));
        return MergeNarrow(ids, keys, order, half, scratchOrder);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryFillKeys(string[] ids, ulong[] keys, int from, int to, out ulong all, out ulong any)
    {
        all = ulong.MaxValue;
        any = 0;
        for (var i = from; i < to; i++)
        {
            var id = ids[i];
            ulong key = 0;
            for (var j = 0; j < 8; j++)
            {
                var c = j < id.Length ? id[j] : 0u;
                if (c > 0xFF)
                {
                    return false;
                }

                key = (key << 8) | c;
            }

            keys[i] = key;
            all &= key;
            any |= key;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong All, ulong Any) Bits(ulong[] keys, int from, int to)
    {
        ulong all = ulong.MaxValue, any = 0;
        foreach (var key in keys.AsSpan(from, to - from))
        {
            all &= key;
            any |= key;
        }

        return (all, any);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] MergeNarrow(string[] ids, ulong[] keys, int[] order, int half, int[] merged)
    {
        int a = 0, b = half, o = 0;
        while (a < half && b < keys.Length)
        {
            var takeA = keys[a] < keys[b] || (keys[a] == keys[b] && string.CompareOrdinal(ids[order[a]], ids[order[b]]) <= 0);
            merged[o++] = takeA ? order[a++] : order[b++];
        }

        order.AsSpan(a, half - a).CopyTo(merged.AsSpan(o));
        o += half - a;
        order.AsSpan(b, keys.Length - b).CopyTo(merged.AsSpan(o));
        return merged;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortNarrowRun(string[] ids, ulong[] keyArray, int[] orderArray, ulong[] scratchKeyArray, int[] scratchOrderArray, int from, int to, ulong varying)
    {
        var keys = keyArray.AsSpan(from, to - from);
        var order = orderArray.AsSpan(from, to - from);
        var scratchKeys = scratchKeyArray.AsSpan(from, to - from);
        var scratchOrder = scratchOrderArray.AsSpan(from, to - from);
        var counts = new int[8 * 256];
        foreach (var key in keys)
        {
            for (var d = 0; d < 8; d++)
            {
                counts[(d << 8) | (int)((key >> (d * 8)) & 0xFF)]++;
            }
        }

        var swapped = false;
        for (var d = 0; d < 8; d++)
        {
            if (((varying >> (d * 8)) & 0xFF) == 0)
            {
                continue;
            }

            var offsets = counts.AsSpan(d << 8, 256);
            var sum = 0;
            for (var v = 0; v < 256; v++)
            {
                var count = offsets[v];
                offsets[v] = sum;
                sum += count;
            }

            if (swapped)
            {
                Scatter(scratchKeys, scratchOrder, keys, order, offsets, d * 8);
            }
            else
            {
                Scatter(keys, order, scratchKeys, scratchOrder, offsets, d * 8);
            }

            swapped = !swapped;
        }

        if (swapped)
        {
            scratchKeys.CopyTo(keys);
            scratchOrder.CopyTo(order);
        }

        for (var i = 0; i < keys.Length;)
        {
            var j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            // Equal keys mean equal first 8 characters: continue from the ninth, as the general path does.
            if (j - i > 1)
            {
                SortTied(ids, order[i..j], 1);
            }

            i = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(Span<ulong> sourceKeys, Span<int> sourceOrder, Span<ulong> targetKeys, Span<int> targetOrder, Span<int> offsets, int shift)
    {
        for (var i = 0; i < sourceKeys.Length; i++)
        {
            var key = sourceKeys[i];
            var slot = offsets[(int)((key >> shift) & 0xFF)]++;
            targetKeys[slot] = key;
            targetOrder[slot] = sourceOrder[i];
        }
    }
}
