using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// The ntile tie split for boundary values few customers share: one vectorized scan per chunk
/// collects the customers equal to any of them, then they are fixed in input order.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal static class NtileSparseFixup<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>Adds to each customer equal to a tie value the number of that value's boundaries its position has reached.</summary>
    public static void Apply(ReadOnlyMemory<T> values, Memory<byte> scores, NtileTie<T>[] ties, int chunks)
    {
        var tieValues = Array.ConvertAll(ties, t => t.Value);
        var hits = new List<int>[chunks];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
            hits[chunk] = Collect(values.Span.Slice(start, length), start, tieValues));

        var positions = Array.ConvertAll(ties, t => t.CountBefore);
        var passed = new int[ties.Length];
        var valueSpan = values.Span;
        var scoreSpan = scores.Span;
        foreach (var list in hits)
        {
            foreach (var index in list)
            {
                var t = Array.IndexOf(tieValues, valueSpan[index]);
                var position = positions[t]++;
                var boundaries = ties[t].BoundaryRanks;
                while (passed[t] < boundaries.Length && boundaries[passed[t]] <= position)
                {
                    passed[t]++;
                }

                scoreSpan[index] += (byte)passed[t];
            }
        }
    }

    /// <summary>The indices (offset by <paramref name="start"/>) of the elements equal to any tie value, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<int> Collect(ReadOnlySpan<T> values, int start, T[] tieValues)
    {
        var hits = new List<int>();
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                var block = Vector256.LoadUnsafe(ref source, (nuint)i);
                var any = Vector256<T>.Zero;
                foreach (var tie in tieValues)
                {
                    any |= Vector256.Equals(block, Vector256.Create(tie));
                }

                var lanes = any.ExtractMostSignificantBits();
                while (lanes != 0)
                {
                    hits.Add(start + i + BitOperations.TrailingZeroCount(lanes));
                    lanes &= lanes - 1;
                }
            }
        }

        for (; i < values.Length; i++)
        {
            if (Array.IndexOf(tieValues, values[i]) >= 0)
            {
                hits.Add(start + i);
            }
        }

        return hits;
    }
}
