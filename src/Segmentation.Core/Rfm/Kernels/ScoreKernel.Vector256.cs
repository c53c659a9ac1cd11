using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>The Vector256 tier of <see cref="ScoreKernel"/>.</summary>
internal static partial class ScoreKernel
{
    /// <summary>Integer values scored per Vector256 iteration: four vectors narrow into one vector of bytes.</summary>
    internal const int Int32Block256 = 4 * 256 / 32;

    /// <summary>Floating-point values scored per Vector256 iteration: eight vectors narrow into one vector of bytes.</summary>
    internal const int DoubleBlock256 = 8 * 256 / 64;

    /// <summary>Vector256 tier for integer columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector256(ReadOnlySpan<int> values, ReadOnlySpan<int> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < Int32Block256)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector256.Create(sign);
        var offsetVector = Vector256.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var last = (nuint)(values.Length - Int32Block256);
        nuint i = 0;
        while (true)
        {
            // Element-wise: the last block is recomputed over the final full vector width.
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector256.LoadUnsafe(ref source, i);
            var v1 = Vector256.LoadUnsafe(ref source, i + (nuint)Vector256<int>.Count);
            var v2 = Vector256.LoadUnsafe(ref source, i + (nuint)(2 * Vector256<int>.Count));
            var v3 = Vector256.LoadUnsafe(ref source, i + (nuint)(3 * Vector256<int>.Count));
            var a0 = Vector256<int>.Zero;
            var a1 = Vector256<int>.Zero;
            var a2 = Vector256<int>.Zero;
            var a3 = Vector256<int>.Zero;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector256.Create(Unsafe.Add(ref cut, k));
                a0 += Vector256.GreaterThan(v0, c);
                a1 += Vector256.GreaterThan(v1, c);
                a2 += Vector256.GreaterThan(v2, c);
                a3 += Vector256.GreaterThan(v3, c);
            }

            var counts = Vector256.Narrow(Vector256.Narrow(a0, a1), Vector256.Narrow(a2, a3)).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + Int32Block256, last);
        }
    }

    /// <summary>Vector256 tier for floating-point columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector256(ReadOnlySpan<double> values, ReadOnlySpan<double> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < DoubleBlock256)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector256.Create(sign);
        var offsetVector = Vector256.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var width = (nuint)Vector256<double>.Count;
        var last = (nuint)(values.Length - DoubleBlock256);
        nuint i = 0;
        while (true)
        {
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector256.LoadUnsafe(ref source, i);
            var v1 = Vector256.LoadUnsafe(ref source, i + width);
            var v2 = Vector256.LoadUnsafe(ref source, i + (2 * width));
            var v3 = Vector256.LoadUnsafe(ref source, i + (3 * width));
            var v4 = Vector256.LoadUnsafe(ref source, i + (4 * width));
            var v5 = Vector256.LoadUnsafe(ref source, i + (5 * width));
            var v6 = Vector256.LoadUnsafe(ref source, i + (6 * width));
            var v7 = Vector256.LoadUnsafe(ref source, i + (7 * width));
            Vector256<long> a0 = default, a1 = default, a2 = default, a3 = default;
            Vector256<long> a4 = default, a5 = default, a6 = default, a7 = default;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector256.Create(Unsafe.Add(ref cut, k));
                a0 += Vector256.GreaterThan(v0, c).AsInt64();
                a1 += Vector256.GreaterThan(v1, c).AsInt64();
                a2 += Vector256.GreaterThan(v2, c).AsInt64();
                a3 += Vector256.GreaterThan(v3, c).AsInt64();
                a4 += Vector256.GreaterThan(v4, c).AsInt64();
                a5 += Vector256.GreaterThan(v5, c).AsInt64();
                a6 += Vector256.GreaterThan(v6, c).AsInt64();
                a7 += Vector256.GreaterThan(v7, c).AsInt64();
            }

            var low = Vector256.Narrow(Vector256.Narrow(a0, a1), Vector256.Narrow(a2, a3));
            var high = Vector256.Narrow(Vector256.Narrow(a4, a5), Vector256.Narrow(a6, a7));
            var counts = Vector256.Narrow(low, high).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + DoubleBlock256, last);
        }
    }
}
