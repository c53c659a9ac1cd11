using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// The counting pass of radix selection for doubles: keys (<see cref="AscendingDoubleKey"/>) of four
/// values at a time in a vector, counted into two interleaved histograms so that neighbouring values
/// in one bucket (amounts cluster) do not wait on each other's increment.
/// </summary>
internal static class DoubleHistogram
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Count(ReadOnlySpan<double> values, ulong minKey, int shift, Span<int> counts)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<double>.Count)
        {
            var second = ArrayPool<int>.Shared.Rent(counts.Length);
            Array.Clear(second, 0, counts.Length);
            ref var source = ref MemoryMarshal.GetReference(values);
            var min = Vector256.Create(minKey);
            var signs = Vector256.Create(long.MinValue);
            for (; i <= values.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                // value + 0 folds -0 into +0; negative values flip every bit, others the sign bit.
                var bits = (Vector256.LoadUnsafe(ref source, (nuint)i) + Vector256<double>.Zero).AsInt64();
                var flip = Vector256.LessThan(bits, Vector256<long>.Zero) | signs;
                var bucket = Vector256.ShiftRightLogical((bits ^ flip).AsUInt64() - min, shift);
                counts[(int)bucket.GetElement(0)]++;
                second[(int)bucket.GetElement(1)]++;
                counts[(int)bucket.GetElement(2)]++;
                second[(int)bucket.GetElement(3)]++;
            }

            for (var b = 0; b < counts.Length; b++)
            {
                counts[b] += second[b];
            }

            ArrayPool<int>.Shared.Return(second);
        }

        for (; i < values.Length; i++)
        {
            counts[(int)((AscendingDoubleKey.ToKey(values[i]) - minKey) >> shift)]++;
        }
    }
}
