using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Rfm.Kernels;

/// <summary>Finds NaN and infinities: <c>v - v</c> is zero exactly for finite v.</summary>
internal static class FiniteCheck
{
    /// <summary>The index of the first value that is not finite, or -1.</summary>
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
