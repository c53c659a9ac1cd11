using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>The Vector128 tier of <see cref="ScoreKernel"/>.</summary>
internal static partial class ScoreKernel
{
    /// <summary>Integer values scored per Vector128 iteration: four vectors narrow into one vector of bytes.</summary>
    internal const int Int32Block128 = 4 * 128 / 32;

    /// <summary>Floating-point values scored per Vector128 iteration: eight vectors narrow into one vector of bytes.</summary>
    internal const int DoubleBlock128 = 8 * 128 / 64;

    /// <summary>Vector128 tier for integer columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector128(ReadOnlySpan<int> values, ReadOnlySpan<int> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < Int32Block128)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector128.Create(sign);
        var offsetVector = Vector128.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var last = (nuint)(values.Length - Int32Block128);
        nuint i = 0;
        while (true)
        {
            // Element-wise: the last block is recomputed over the final full vector width.
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector128.LoadUnsafe(ref source, i);
            var v1 = Vector128.LoadUnsafe(ref source, i + (nuint)Vector128<int>.Count);
            var v2 = Vector128.LoadUnsafe(ref source, i + (nuint)(2 * Vector128<int>.Count));
            var v3 = Vector128.LoadUnsafe(ref source, i + (nuint)(3 * Vector128<int>.Count));
            var a0 = Vector128<int>.Zero;
            var a1 = Vector128<int>.Zero;
            var a2 = Vector128<int>.Zero;
            var a3 = Vector128<int>.Zero;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector128.Create(Unsafe.Add(ref cut, k));
                a0 += Vector128.GreaterThan(v0, c);
                a1 += Vector128.GreaterThan(v1, c);
                a2 += Vector128.GreaterThan(v2, c);
                a3 += Vector128.GreaterThan(v3, c);
            }

            var counts = Vector128.Narrow(Vector128.Narrow(a0, a1), Vector128.Narrow(a2, a3)).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + Int32Block128, last);
        }
    }

    /// <summary>Vector128 tier for floating-point columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector128(ReadOnlySpan<double> values, ReadOnlySpan<double> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < DoubleBlock128)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector128.Create(sign);
        var offsetVector = Vector128.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var width = (nuint)Vector128<double>.Count;
        var last = (nuint)(values.Length - DoubleBlock128);
        nuint i = 0;
        while (true)
        {
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector128.LoadUnsafe(ref source, i);
            var v1 = Vector128.LoadUnsafe(ref source, i + width);
            var v2 = Vector128.LoadUnsafe(ref source, i + (2 * width));
            var v3 = Vector128.LoadUnsafe(ref source, i + (3 * width));
            var v4 = Vector128.LoadUnsafe(ref source, i + (4 * width));
            var v5 = Vector128.LoadUnsafe(ref source, i + (5 * width));
            var v6 = Vector128.LoadUnsafe(ref source, i + (6 * width));
            var v7 = Vector128.LoadUnsafe(ref source, i + (7 * width));
            Vector128<long> a0 = default, a1 = default, a2 = default, a3 = default;
            Vector128<long> a4 = default, a5 = default, a6 = default, a7 = default;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector128.Create(Unsafe.Add(ref cut, k));
                a0 += Vector128.GreaterThan(v0, c).AsInt64();
                a1 += Vector128.GreaterThan(v1, c).AsInt64();
                a2 += Vector128.GreaterThan(v2, c).AsInt64();
                a3 += Vector128.GreaterThan(v3, c).AsInt64();
                a4 += Vector128.GreaterThan(v4, c).AsInt64();
                a5 += Vector128.GreaterThan(v5, c).AsInt64();
                a6 += Vector128.GreaterThan(v6, c).AsInt64();
                a7 += Vector128.GreaterThan(v7, c).AsInt64();
            }

            var low = Vector128.Narrow(Vector128.Narrow(a0, a1), Vector128.Narrow(a2, a3));
            var high = Vector128.Narrow(Vector128.Narrow(a4, a5), Vector128.Narrow(a6, a7));
            var counts = Vector128.Narrow(low, high).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + DoubleBlock128, last);
        }
    }
}
