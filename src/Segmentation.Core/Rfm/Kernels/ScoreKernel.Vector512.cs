using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>The Vector512 tier of <see cref="ScoreKernel"/>.</summary>
internal static partial class ScoreKernel
{
    /// <summary>Integer values scored per Vector512 iteration: four vectors narrow into one vector of bytes.</summary>
    internal const int Int32Block512 = 4 * 512 / 32;

    /// <summary>Floating-point values scored per Vector512 iteration: eight vectors narrow into one vector of bytes.</summary>
    internal const int DoubleBlock512 = 8 * 512 / 64;

    /// <summary>Vector512 tier for integer columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector512(ReadOnlySpan<int> values, ReadOnlySpan<int> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < Int32Block512)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector512.Create(sign);
        var offsetVector = Vector512.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var last = (nuint)(values.Length - Int32Block512);
        nuint i = 0;
        while (true)
        {
            // Element-wise: the last block is recomputed over the final full vector width.
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector512.LoadUnsafe(ref source, i);
            var v1 = Vector512.LoadUnsafe(ref source, i + (nuint)Vector512<int>.Count);
            var v2 = Vector512.LoadUnsafe(ref source, i + (nuint)(2 * Vector512<int>.Count));
            var v3 = Vector512.LoadUnsafe(ref source, i + (nuint)(3 * Vector512<int>.Count));
            var a0 = Vector512<int>.Zero;
            var a1 = Vector512<int>.Zero;
            var a2 = Vector512<int>.Zero;
            var a3 = Vector512<int>.Zero;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector512.Create(Unsafe.Add(ref cut, k));
                a0 += Vector512.GreaterThan(v0, c);
                a1 += Vector512.GreaterThan(v1, c);
                a2 += Vector512.GreaterThan(v2, c);
                a3 += Vector512.GreaterThan(v3, c);
            }

            var counts = Vector512.Narrow(Vector512.Narrow(a0, a1), Vector512.Narrow(a2, a3)).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + Int32Block512, last);
        }
    }

    /// <summary>Vector512 tier for floating-point columns; shorter inputs fall back to the scalar specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreVector512(ReadOnlySpan<double> values, ReadOnlySpan<double> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (values.Length < DoubleBlock512)
        {
            ScoreScalar(values, cuts, bins, descending, destination);
            return;
        }

        var (sign, offset) = Transform(bins, descending);
        var signVector = Vector512.Create(sign);
        var offsetVector = Vector512.Create(offset);
        ref var source = ref MemoryMarshal.GetReference(values);
        ref var cut = ref MemoryMarshal.GetReference(cuts);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var width = (nuint)Vector512<double>.Count;
        var last = (nuint)(values.Length - DoubleBlock512);
        nuint i = 0;
        while (true)
        {
            Debug.Assert(i <= last, "Block start stays inside the input.");
            var v0 = Vector512.LoadUnsafe(ref source, i);
            var v1 = Vector512.LoadUnsafe(ref source, i + width);
            var v2 = Vector512.LoadUnsafe(ref source, i + (2 * width));
            var v3 = Vector512.LoadUnsafe(ref source, i + (3 * width));
            var v4 = Vector512.LoadUnsafe(ref source, i + (4 * width));
            var v5 = Vector512.LoadUnsafe(ref source, i + (5 * width));
            var v6 = Vector512.LoadUnsafe(ref source, i + (6 * width));
            var v7 = Vector512.LoadUnsafe(ref source, i + (7 * width));
            Vector512<long> a0 = default, a1 = default, a2 = default, a3 = default;
            Vector512<long> a4 = default, a5 = default, a6 = default, a7 = default;
            for (var k = 0; k < cuts.Length; k++)
            {
                var c = Vector512.Create(Unsafe.Add(ref cut, k));
                a0 += Vector512.GreaterThan(v0, c).AsInt64();
                a1 += Vector512.GreaterThan(v1, c).AsInt64();
                a2 += Vector512.GreaterThan(v2, c).AsInt64();
                a3 += Vector512.GreaterThan(v3, c).AsInt64();
                a4 += Vector512.GreaterThan(v4, c).AsInt64();
                a5 += Vector512.GreaterThan(v5, c).AsInt64();
                a6 += Vector512.GreaterThan(v6, c).AsInt64();
                a7 += Vector512.GreaterThan(v7, c).AsInt64();
            }

            var low = Vector512.Narrow(Vector512.Narrow(a0, a1), Vector512.Narrow(a2, a3));
            var high = Vector512.Narrow(Vector512.Narrow(a4, a5), Vector512.Narrow(a6, a7));
            var counts = Vector512.Narrow(low, high).AsByte();
            (((counts ^ signVector) - signVector) + offsetVector).StoreUnsafe(ref target, i);
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + DoubleBlock512, last);
        }
    }
}
