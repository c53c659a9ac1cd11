using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>The smallest and largest value of a span (values are not NaN; validated by the caller).</summary>
internal static class MinMax
{
    /// <summary>Returns the minimum and maximum of a non-empty span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (T Min, T Max) Of<T>(ReadOnlySpan<T> values)
        where T : unmanaged, INumber<T>
    {
        var min = values[0];
        var max = values[0];
        var i = 0;
        if (Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported && values.Length >= Vector256<T>.Count)
        {
            ref var source = ref MemoryMarshal.GetReference(values);
            var vMin = Vector256.LoadUnsafe(ref source);
            var vMax = vMin;
            for (; i <= values.Length - Vector256<T>.Count; i += Vector256<T>.Count)
            {
                var v = Vector256.LoadUnsafe(ref source, (nuint)i);
                vMin = Vector256.Min(vMin, v);
                vMax = Vector256.Max(vMax, v);
            }

            for (var lane = 0; lane < Vector256<T>.Count; lane++)
            {
                min = T.Min(min, vMin[lane]);
                max = T.Max(max, vMax[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            min = T.Min(min, values[i]);
            max = T.Max(max, values[i]);
        }

        return (min, max);
    }
}
