using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>Finds NaN and infinities: <c>v - v</c> is zero exactly for finite v.</summary>
internal static class FiniteCheck
{
    /// <summary>The index of the first value that is not finite, or -1; large columns are checked one chunk per core.</summary>
    public static int IndexOfNonFinite(ReadOnlyMemory<double> values, int maxDegreeOfParallelism)
    {
        var chunks = ParallelRanges.ChunkCount(values.Length, maxDegreeOfParallelism);
        if (chunks == 1)
        {
            return IndexOfNonFinite(values.Span);
        }

        var first = new int[chunks];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var at = IndexOfNonFinite(values.Span.Slice(start, length));
            first[chunk] = at < 0 ? -1 : start + at;
        });
        // Chunks are in index order, so the first chunk that found one holds the earliest.
        foreach (var at in first)
        {
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The index of the first value that is not finite, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int IndexOfNonFinite(ReadOnlySpan<double> values)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                if (!Vector256.EqualsAll(v - v, Vector256<double>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
