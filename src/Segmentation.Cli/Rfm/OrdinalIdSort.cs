namespace Segmentation.Cli.Rfm;

/// <summary>
/// Sorts customer ids ordinally and returns the permutation, fast: each id's first 8 UTF-16 code
/// units are packed into two integers that order like the string, so most comparisons touch no
/// string, and the two halves are sorted on two cores and merged. Equal prefixes fall back to
/// <see cref="string.CompareOrdinal(string, string)"/>, so the order is exactly ordinal.
/// </summary>
internal static class OrdinalIdSort
{
    private const int ParallelThreshold = 1 << 16;

    /// <summary>Returns <c>order</c> such that <c>ids[order[0]], ids[order[1]], ...</c> is in ordinal order.</summary>
    public static int[] Order(IReadOnlyList<string> ids)
    {
        var keys = new Key[ids.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key.Of(ids[i], i);
        }

        var comparer = new KeyComparer(ids);
        var order = new int[keys.Length];
        if (keys.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            keys.AsSpan().Sort(comparer);
            for (var i = 0; i < keys.Length; i++)
            {
                order[i] = keys[i].Index;
            }

            return order;
        }

        var half = keys.Length / 2;
        Parallel.Invoke(() => keys.AsSpan(0, half).Sort(comparer), () => keys.AsSpan(half).Sort(comparer));
        int a = 0, b = half, o = 0;
        while (a < half && b < keys.Length)
        {
            order[o++] = comparer.Compare(keys[a], keys[b]) <= 0 ? keys[a++].Index : keys[b++].Index;
        }

        while (a < half)
        {
            order[o++] = keys[a++].Index;
        }

        while (b < keys.Length)
        {
            order[o++] = keys[b++].Index;
        }

        return order;
    }

    private readonly record struct Key(ulong High, ulong Low, int Index)
    {
        public static Key Of(string id, int index)
        {
            // Missing characters pack as 0, so a prefix never sorts after a longer id; ties go to the full compare.
            ulong high = 0, low = 0;
            for (var j = 0; j < 4; j++)
            {
                high = (high << 16) | (j < id.Length ? id[j] : 0u);
            }

            for (var j = 4; j < 8; j++)
            {
                low = (low << 16) | (j < id.Length ? id[j] : 0u);
            }

            return new Key(high, low, index);
        }
    }

    private readonly struct KeyComparer(IReadOnlyList<string> ids) : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            var c = x.High.CompareTo(y.High);
            if (c != 0)
            {
                return c;
            }

            c = x.Low.CompareTo(y.Low);
            return c != 0 ? c : string.CompareOrdinal(ids[x.Index], ids[y.Index]);
        }
    }
}
