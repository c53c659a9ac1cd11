using System.Runtime.CompilerServices;
namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Sorts customer ids ordinally and returns the permutation, fast: each id's first 8 UTF-16 code
/// units form a 128-bit key that orders like the string (missing characters count as 0), and
/// the (key, index) pairs are sorted as numbers, two halves on two cores, then merged. Runs of
/// equal keys are sorted again on the next 8 code units, and small or deep runs with
/// <see cref="string.CompareOrdinal(string, string)"/>, so the order is exactly ordinal.
/// </summary>
internal static partial class OrdinalIdSort
{
    private const int ParallelThreshold = 1 << 16;
    private const int SmallRun = 16;
    private const int MaxDepth = 8;

    /// <summary>Returns <c>order</c> such that <c>ids[order[0]], ids[order[1]], ...</c> is in ordinal order.</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="prefixKeys">Each id's first 8 code units packed 8 bits each (<see cref="CustomerColumns.OrdinalPrefixKeys"/>), when the caller has them; overwritten.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Order(IReadOnlyList<string> ids, ulong[]? prefixKeys = null)
    {
        var strings = ids as string[] ?? [.. ids];
        if (prefixKeys is not null && prefixKeys.Length != strings.Length)
        {
            throw new ArgumentException("One prefix key per id is needed.", nameof(prefixKeys));
        }

        if (TryOrderNarrow(strings, prefixKeys) is { } narrow)
        {
            return narrow;
        }

        var keys = new UInt128[strings.Length];
        var order = new int[strings.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(strings[i], 0);
            order[i] = i;
        }

        if (keys.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            SortRun(strings, keys, order, 0, keys.Length);
            return order;
        }

        var half = keys.Length / 2;
        Parallel.Invoke(() => SortRun(strings, keys, order, 0, half), () => SortRun(strings, keys, order, half, keys.Length));
        var merged = new int[order.Length];
        int a = 0, b = half, o = 0;
        while (a < half && b < keys.Length)
        {
            var c = keys[a].CompareTo(keys[b]);
            var takeA = c < 0 || (c == 0 && string.CompareOrdinal(strings[order[a]], strings[order[b]]) <= 0);
            merged[o++] = takeA ? order[a++] : order[b++];
        }

        order.AsSpan(a, half - a).CopyTo(merged.AsSpan(o));
        o += half - a;
        order.AsSpan(b, keys.Length - b).CopyTo(merged.AsSpan(o));
        return merged;
    }

    private static void SortRun(string[] ids, UInt128[] keys, int[] order, int from, int to)
    {
        keys.AsSpan(from, to - from).Sort(order.AsSpan(from, to - from));
        ResolveTies(ids, keys.AsSpan(from, to - from), order.AsSpan(from, to - from), 1);
    }

    private static void ResolveTies(string[] ids, Span<UInt128> keys, Span<int> order, int depth)
    {
        for (var i = 0; i < keys.Length;)
        {
            var j = i + 1;
            while (j < keys.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                SortTied(ids, order[i..j], depth);
            }

            i = j;
        }
    }

    private static void SortTied(string[] ids, Span<int> order, int depth)
    {
        if (order.Length <= SmallRun || depth >= MaxDepth)
        {
            order.Sort((x, y) => string.CompareOrdinal(ids[x], ids[y]));
            return;
        }

        var keys = new UInt128[order.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(ids[order[i]], depth * 8);
        }

        keys.AsSpan().Sort(order);
        ResolveTies(ids, keys, order, depth + 1);
    }

    private static UInt128 Key(string id, int offset)
    {
        ulong high = 0, low = 0;
        for (var j = offset; j < offset + 4; j++)
        {
            high = (high << 16) | (j < id.Length ? id[j] : 0u);
        }

        for (var j = offset + 4; j < offset + 8; j++)
        {
            low = (low << 16) | (j < id.Length ? id[j] : 0u);
        }

        return new UInt128(high, low);
    }
}
