using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Second pass of the ntile method. The score kernel already gave every customer
/// <c>1 + #{boundaries below its value}</c>; a customer equal to a boundary value also gets one
/// more for each boundary position its ntile position has reached (ties broken by input order).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal static class NtileFixup<T>
    where T : unmanaged, IEquatable<T>, IEqualityOperators<T, T, bool>
{
    /// <summary>Applies the tie split to <paramref name="scores"/> over <paramref name="chunks"/> chunks.</summary>
    public static void Apply(ReadOnlyMemory<T> values, Memory<byte> scores, NtileTie<T>[] ties, int chunks)
    {
        if (ties.Length == 0 || values.Length == 0)
        {
            return;
        }

        // Each chunk needs to know how many equal values earlier chunks hold.
        var starts = new long[chunks, ties.Length];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var span = values.Span.Slice(start, length);
            for (var t = 0; t < ties.Length; t++)
            {
                starts[chunk, t] = span.Count(ties[t].Value);
            }
        });
        for (var t = 0; t < ties.Length; t++)
        {
            var running = ties[t].CountBefore;
            for (var c = 0; c < chunks; c++)
            {
                (starts[c, t], running) = (running, running + starts[c, t]);
            }
        }

        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var positions = new long[ties.Length];
            for (var t = 0; t < ties.Length; t++)
            {
                positions[t] = starts[chunk, t];
            }

            FixRange(values.Span.Slice(start, length), scores.Span.Slice(start, length), ties, positions);
        });
    }

    /// <summary>Fixes one contiguous range; <paramref name="positions"/> holds each tie value's next ntile position.</summary>
    internal static void FixRange(ReadOnlySpan<T> values, Span<byte> scores, NtileTie<T>[] ties, Span<long> positions)
    {
        Span<int> passed = stackalloc int[ties.Length];
        for (var t = 0; t < ties.Length; t++)
        {
            passed[t] = CountAtMost(ties[t].BoundaryRanks, positions[t] - 1);
        }

        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            for (; i + Vector256<T>.Count <= values.Length; i += Vector256<T>.Count)
            {
                // Most customers equal no boundary value: skip a whole vector of them at once.
                var block = Vector256.LoadUnsafe(ref source, (nuint)i);
                var any = Vector256<T>.Zero;
                foreach (var tie in ties)
                {
                    any |= Vector256.Equals(block, Vector256.Create(tie.Value));
                }

                if (any != Vector256<T>.Zero)
                {
                    for (var j = i; j < i + Vector256<T>.Count; j++)
                    {
                        FixOne(values[j], ref scores[j], ties, positions, passed);
                    }
                }
            }
        }

        for (; i < values.Length; i++)
        {
            FixOne(values[i], ref scores[i], ties, positions, passed);
        }
    }

    private static void FixOne(T value, ref byte score, NtileTie<T>[] ties, Span<long> positions, Span<int> passed)
    {
        for (var t = 0; t < ties.Length; t++)
        {
            if (value == ties[t].Value)
            {
                var position = positions[t]++;
                var boundaries = ties[t].BoundaryRanks;
                while (passed[t] < boundaries.Length && boundaries[passed[t]] <= position)
                {
                    passed[t]++;
                }

                score += (byte)passed[t];
                return;
            }
        }
    }

    private static int CountAtMost(long[] sorted, long limit)
    {
        var count = 0;
        while (count < sorted.Length && sorted[count] <= limit)
        {
            count++;
        }

        return count;
    }
}
