using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Second pass of the ntile method. The score kernel already gave every customer
/// <c>1 + #{boundaries below its value}</c>; a customer equal to a boundary value also gets one
/// more for each boundary position its ntile position has reached (ties broken by input order).
/// </summary>
/// <remarks>
/// The extra amount only changes at the customer where a boundary position falls, so each chunk
/// is cut at those (at most bins - 1) customers and every segment gets a constant masked add,
/// which vectorizes (<see cref="NtileTieAdd{T}"/>). Values shared by few customers (the usual
/// case for amounts) skip that: one scan collects their customers, which are fixed one by one.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal static class NtileFixup<T>
    where T : unmanaged, INumber<T>
{
    /// <summary>Applies the tie split to <paramref name="scores"/> over <paramref name="chunks"/> chunks.</summary>
    public static void Apply(ReadOnlyMemory<T> values, Memory<byte> scores, NtileTie<T>[] ties, int chunks)
    {
        if (ties.Length == 0 || values.Length == 0)
        {
            return;
        }

        var sparseLimit = Math.Max(1024, values.Length / 64);
        var sparse = Array.FindAll(ties, t => t.Count <= sparseLimit);
        if (sparse.Length > 0)
        {
            NtileSparseFixup<T>.Apply(values, scores, sparse, chunks);
            ties = Array.FindAll(ties, t => t.Count > sparseLimit);
            if (ties.Length == 0)
            {
                return;
            }
        }

        // Each chunk needs to know how many equal values earlier chunks hold.
        var starts = new long[chunks, ties.Length];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var span = values.Span.Slice(start, length);
            for (var t = 0; t < ties.Length; t++)
            {
                starts[chunk, t] = NtileTieAdd<T>.Count(span, ties[t].Value);
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
            var first = new long[ties.Length];
            for (var t = 0; t < ties.Length; t++)
            {
                first[t] = starts[chunk, t];
            }

            FixRange(values.Span.Slice(start, length), scores.Span.Slice(start, length), ties, first);
        });
    }

    /// <summary>Fixes one contiguous range; <paramref name="firstPositions"/> holds the ntile position of each tie value's first occurrence in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void FixRange(ReadOnlySpan<T> values, Span<byte> scores, NtileTie<T>[] ties, ReadOnlySpan<long> firstPositions)
    {
        var tieValues = new T[ties.Length];
        var increments = new byte[ties.Length];
        var cuts = new List<(int Index, int Tie)>();
        for (var t = 0; t < ties.Length; t++)
        {
            tieValues[t] = ties[t].Value;
            foreach (var boundary in ties[t].BoundaryRanks)
            {
                var occurrence = boundary - firstPositions[t];
                if (occurrence <= 0)
                {
                    increments[t]++; // already reached before this range starts
                }
                else if (occurrence < values.Length)
                {
                    var index = NtileTieAdd<T>.IndexOfOccurrence(values, tieValues[t], (int)occurrence);
                    if (index >= 0)
                    {
                        cuts.Add((index, t));
                    }
                }
            }
        }

        cuts.Sort();
        var at = 0;
        foreach (var (index, tie) in cuts)
        {
            NtileTieAdd<T>.Add(values[at..index], scores[at..index], tieValues, increments);
            increments[tie]++;
            at = index;
        }

        NtileTieAdd<T>.Add(values[at..], scores[at..], tieValues, increments);
    }
}
