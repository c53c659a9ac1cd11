using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>Combines three score columns into <c>rfm = 100 R + 10 F + M</c>.</summary>
internal static class RfmCodeKernel
{
    /// <summary>Writes the combined code of each customer; all spans have the same length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Combine(ReadOnlySpan<byte> r, ReadOnlySpan<byte> f, ReadOnlySpan<byte> m, Span<short> codes)
    {
        if (!Vector256.IsHardwareAccelerated || r.Length < Vector256<byte>.Count)
        {
            CombineScalar(r, f, m, codes);
            return;
        }

        ref var rRef = ref MemoryMarshal.GetReference(r);
        ref var fRef = ref MemoryMarshal.GetReference(f);
        ref var mRef = ref MemoryMarshal.GetReference(m);
        ref var target = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<short, ushort>(codes));
        var hundred = Vector256.Create((ushort)100);
        var ten = Vector256.Create((ushort)10);
        var width = (nuint)Vector256<byte>.Count;
        var last = (nuint)(r.Length - Vector256<byte>.Count);
        nuint i = 0;
        while (true)
        {
            var (rLow, rHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref rRef, i));
            var (fLow, fHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref fRef, i));
            var (mLow, mHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref mRef, i));
            ((rLow * hundred) + (fLow * ten) + mLow).StoreUnsafe(ref target, i);
            ((rHigh * hundred) + (fHigh * ten) + mHigh).StoreUnsafe(ref target, i + (width / 2));
            if (i == last)
            {
                break;
            }

            i = Math.Min(i + width, last);
        }
    }

    /// <summary>The specification.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CombineScalar(ReadOnlySpan<byte> r, ReadOnlySpan<byte> f, ReadOnlySpan<byte> m, Span<short> codes)
    {
        for (var i = 0; i < r.Length; i++)
        {
            codes[i] = (short)((100 * r[i]) + (10 * f[i]) + m[i]);
        }
    }
}
