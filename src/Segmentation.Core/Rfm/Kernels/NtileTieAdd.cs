using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>Vectorized helpers of the ntile tie split: count, find the j-th occurrence, masked add.</summary>
/// <typeparam name="T">The value type (<see cref="int"/> or <see cref="double"/>).</typeparam>
internal static class NtileTieAdd<T>
    where T : unmanaged, INumber<T>
{
    private const int Block = 32; // one Vector256 of bytes

    /// <summary>The number of elements equal to <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<T> values, T value)
    {
        var total = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            var target = Vector256.Create(value);
            for (; i <= values.Length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                total += BitOperations.PopCount(Vector256.Equals(Vector256.LoadUnsafe(ref source, (nuint)i), target).ExtractMostSignificantBits());
            }
        }

        for (; i < values.Length; i++)
        {
            total += values[i] == value ? 1 : 0;
        }

        return total;
    }

    /// <summary>The index of the zero-based <paramref name="occurrence"/>-th element equal to <paramref name="value"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int IndexOfOccurrence(ReadOnlySpan<T> values, T value, int occurrence)
    {
        var seen = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            var target = Vector256.Create(value);
            for (; i <= values.Length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                var matches = BitOperations.PopCount(Vector256.Equals(Vector256.LoadUnsafe(ref source, (nuint)i), target).ExtractMostSignificantBits());
                if (seen + matches > occurrence)
                {
                    break; // the wanted one is in this vector: finish with the scalar loop
                }

                seen += matches;
            }
        }

        for (; i < values.Length; i++)
        {
            if (values[i] == value && seen++ == occurrence)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds <c>increments[t]</c> to each score whose value equals <c>tieValues[t]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add(ReadOnlySpan<T> values, Span<byte> scores, T[] tieValues, byte[] increments)
    {
        if (Array.TrueForAll(increments, inc => inc == 0))
        {
            return;
        }

        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && Unsafe.SizeOf<T>() is 4 or 8)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            ref var target = ref MemoryMarshal.GetReference(scores);
            for (; i <= values.Length - Block; i += Block)
            {
                var add = Vector256<byte>.Zero;
                for (var t = 0; t < tieValues.Length; t++)
                {
                    if (increments[t] != 0)
                    {
                        add += EqualBytes(ref source, (nuint)i, Vector256.Create(tieValues[t])) & Vector256.Create(increments[t]);
                    }
                }

                (Vector256.LoadUnsafe(ref target, (nuint)i) + add).StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < values.Length; i++)
        {
            for (var t = 0; t < tieValues.Length; t++)
            {
                if (values[i] == tieValues[t])
                {
                    scores[i] += increments[t];
                }
            }
        }
    }

    // 32 equality masks narrowed to one byte each (all ones or zero).
    private static Vector256<byte> EqualBytes(ref T source, nuint i, Vector256<T> target)
    {
        var width = (nuint)Vector256<T>.Count;
        if (Unsafe.SizeOf<T>() == 4)
        {
            var m0 = Vector256.Equals(Vector256.LoadUnsafe(ref source, i), target).AsInt32();
            var m1 = Vector256.Equals(Vector256.LoadUnsafe(ref source, i + width), target).AsInt32();
            var m2 = Vector256.Equals(Vector256.LoadUnsafe(ref source, i + (2 * width)), target).AsInt32();
            var m3 = Vector256.Equals(Vector256.LoadUnsafe(ref source, i + (3 * width)), target).AsInt32();
            return Vector256.Narrow(Vector256.Narrow(m0, m1), Vector256.Narrow(m2, m3)).AsByte();
        }

        var low = Vector256.Narrow(
            Vector256.Narrow(Eq64(ref source, i, target), Eq64(ref source, i + width, target)),
            Vector256.Narrow(Eq64(ref source, i + (2 * width), target), Eq64(ref source, i + (3 * width), target)));
        var high = Vector256.Narrow(
            Vector256.Narrow(Eq64(ref source, i + (4 * width), target), Eq64(ref source, i + (5 * width), target)),
            Vector256.Narrow(Eq64(ref source, i + (6 * width), target), Eq64(ref source, i + (7 * width), target)));
        return Vector256.Narrow(low, high).AsByte();
    }

    private static Vector256<long> Eq64(ref T source, nuint i, Vector256<T> target) =>
        Vector256.Equals(Vector256.LoadUnsafe(ref source, i), target).AsInt64();
}
