using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>The counting and gathering passes of <see cref="RadixSelect{T, TKey}"/>, one chunk per core.</summary>
internal static partial class RadixSelect<T, TKey>
    where T : unmanaged, INumber<T>
    where TKey : IOrderedKey<T>
{
    // Integers (order counts, days) get four interleaved sub-histograms: runs of equal values (half
    // the customers bought once) would otherwise increment one counter back to back and wait on its
    // previous store. Doubles get two, in DoubleHistogram, which computes their keys in vectors.
    private const int Ways = 4;

    /// <summary>Counts per chunk and bucket: element <c>[chunk * buckets + bucket]</c>.</summary>
    private static int[] Histogram(ReadOnlyMemory<T> values, ulong minKey, int shift, int buckets, int chunks)
    {
        var perChunk = new int[chunks * buckets];
        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var total = perChunk.AsSpan(chunk * buckets, buckets);
            if (typeof(T) == typeof(double) && typeof(TKey) == typeof(AscendingDoubleKey))
            {
                DoubleHistogram.Count(MemoryMarshal.Cast<T, double>(values.Span.Slice(start, length)), minKey, shift, total);
                return;
            }

            var ways = ArrayPool<int>.Shared.Rent(Ways * buckets);
            try
            {
                Array.Clear(ways, 0, Ways * buckets);
                Count(values.Span.Slice(start, length), minKey, shift, ways, buckets);
                for (var w = 0; w < Ways; w++)
                {
                    var part = ways.AsSpan(w * buckets, buckets);
                    for (var b = 0; b < buckets; b++)
                    {
                        total[b] += part[b];
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(ways);
            }
        });
        return perChunk;
    }

    /// <summary>Copies the members of the wanted buckets; each chunk writes behind the chunks before it.</summary>
    private static T[][] Gather(ReadOnlyMemory<T> values, ulong minKey, int shift, int buckets, int chunks, int[] perChunk, int[] wanted)
    {
        var lowest = wanted.Min();
        var map = new sbyte[wanted.Max() - lowest + 1];
        Array.Fill(map, (sbyte)-1);
        var gathered = new T[wanted.Length][];
        var offsets = new int[chunks, wanted.Length];
        for (var s = 0; s < wanted.Length; s++)
        {
            map[wanted[s] - lowest] = (sbyte)s;
            var total = 0;
            for (var c = 0; c < chunks; c++)
            {
                offsets[c, s] = total;
                total += perChunk[(c * buckets) + wanted[s]];
            }

            gathered[s] = new T[total];
        }

        ParallelRanges.For(values.Length, chunks, (chunk, start, length) =>
        {
            var next = new int[wanted.Length];
            for (var s = 0; s < wanted.Length; s++)
            {
                next[s] = offsets[chunk, s];
            }

            GatherRange(values.Span.Slice(start, length), minKey, shift, lowest, map, gathered, next, Bounds(minKey, shift, wanted));
        });
        return gathered;
    }

    // The value interval of each wanted bucket (buckets are contiguous key ranges, so contiguous values).
    private static (T Low, T High)[] Bounds(ulong minKey, int shift, int[] wanted) =>
        Array.ConvertAll(wanted, b =>
        {
            var a = TKey.FromKey(minKey + ((ulong)b << shift));
            var z = TKey.FromKey(minKey + ((ulong)b << shift) + ((1UL << shift) - 1));
            return (T.Min(a, z), T.Max(a, z));
        });

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GatherRange(ReadOnlySpan<T> values, ulong minKey, int shift, int lowest, sbyte[] map, T[][] gathered, int[] next, (T Low, T High)[] bounds)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            // Most values fall in no wanted bucket: test a vector against the bucket intervals first.
            ref var source = ref MemoryMarshal.GetReference(values);
            Span<Vector256<T>> lows = stackalloc Vector256<T>[bounds.Length];
            Span<Vector256<T>> highs = stackalloc Vector256<T>[bounds.Length];
            for (var b = 0; b < bounds.Length; b++)
            {
                lows[b] = Vector256.Create(bounds[b].Low);
                highs[b] = Vector256.Create(bounds[b].High);
            }

            for (; i <= values.Length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                var block = Vector256.LoadUnsafe(ref source, (nuint)i);
                var inside = Vector256<T>.Zero;
                for (var b = 0; b < lows.Length; b++)
                {
                    inside |= Vector256.GreaterThanOrEqual(block, lows[b]) & Vector256.LessThanOrEqual(block, highs[b]);
                }

                if (inside != Vector256<T>.Zero)
                {
                    for (var j = i; j < i + Vector256<T>.Count; j++)
                    {
                        GatherOne(values[j], minKey, shift, lowest, map, gathered, next);
                    }
                }
            }
        }

        for (; i < values.Length; i++)
        {
            GatherOne(values[i], minKey, shift, lowest, map, gathered, next);
        }
    }

    private static void GatherOne(T value, ulong minKey, int shift, int lowest, sbyte[] map, T[][] gathered, int[] next)
    {
        var bucket = (int)((TKey.ToKey(value) - minKey) >> shift) - lowest;
        if ((uint)bucket < (uint)map.Length && map[bucket] >= 0)
        {
            var slot = map[bucket];
            gathered[slot][next[slot]++] = value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(ReadOnlySpan<T> values, ulong minKey, int shift, Span<int> counts, int buckets)
    {
        var h0 = counts[..buckets];
        var h1 = counts.Slice(buckets, buckets);
        var h2 = counts.Slice(2 * buckets, buckets);
        var h3 = counts.Slice(3 * buckets, buckets);
        var i = 0;
        for (; i + Ways <= values.Length; i += Ways)
        {
            h0[(int)((TKey.ToKey(values[i]) - minKey) >> shift)]++;
            h1[(int)((TKey.ToKey(values[i + 1]) - minKey) >> shift)]++;
            h2[(int)((TKey.ToKey(values[i + 2]) - minKey) >> shift)]++;
            h3[(int)((TKey.ToKey(values[i + 3]) - minKey) >> shift)]++;
        }

        for (; i < values.Length; i++)
        {
            h0[(int)((TKey.ToKey(values[i]) - minKey) >> shift)]++;
        }
    }
}
