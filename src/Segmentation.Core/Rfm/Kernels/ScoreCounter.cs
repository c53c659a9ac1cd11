using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>Counts how often a byte occurs in a span (the number of customers at one score).</summary>
internal static class ScoreCounter
{
    /// <summary>Adds the count of each score 1..<c>counts.Length</c> in <paramref name="scores"/> to <paramref name="counts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddCounts(ReadOnlySpan<byte> scores, Span<long> counts)
    {
        for (var s = 0; s < counts.Length; s++)
        {
            counts[s] += Count(scores, (byte)(s + 1));
        }
    }

    /// <summary>The number of elements equal to <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<byte> scores, byte value)
    {
        if (!Vector256.IsHardwareAccelerated || scores.Length < Vector256<byte>.Count)
        {
            return CountScalar(scores, value);
        }

        ref var source = ref MemoryMarshal.GetReference(scores);
        var target = Vector256.Create(value);
        var total = 0;
        var i = 0;
        var fullVectors = scores.Length / Vector256<byte>.Count;
        while (fullVectors > 0)
        {
            // A byte lane counts at most 255 matches before it is flushed into the total.
            var chunk = Math.Min(fullVectors, 255);
            var partial = Vector256<byte>.Zero;
            for (var j = 0; j < chunk; j++, i += Vector256<byte>.Count)
            {
                partial -= Vector256.Equals(Vector256.LoadUnsafe(ref source, (nuint)i), target);
            }

            var (lower, upper) = Vector256.Widen(partial);
            total += Vector256.Sum(lower + upper);
            fullVectors -= chunk;
        }

        return total + CountScalar(scores[i..], value);
    }

    /// <summary>The specification: a plain loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int CountScalar(ReadOnlySpan<byte> scores, byte value)
    {
        var total = 0;
        foreach (var score in scores)
        {
            if (score == value)
            {
                total++;
            }
        }

        return total;
    }
}
