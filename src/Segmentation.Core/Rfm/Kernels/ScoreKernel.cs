using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Kernels;

/// <summary>
/// Turns values into scores by counting the cut points each value exceeds:
/// ascending <c>score = 1 + #{k : value &gt; cut[k]}</c>, descending <c>score = bins - #{k : value &gt; cut[k]}</c>.
/// </summary>
/// <remarks>
/// The scalar methods are the specification and the test oracle. The vector tiers compute the
/// same integers (compare, then subtract the all-ones mask), so their output is bit-identical.
/// </remarks>
internal static partial class ScoreKernel
{
    /// <summary>Scores <paramref name="values"/> into <paramref name="destination"/> on the widest accelerated tier.</summary>
    public static void Score(ReadOnlySpan<int> values, ReadOnlySpan<int> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (Vector512.IsHardwareAccelerated && values.Length >= Int32Block512)
        {
            ScoreVector512(values, cuts, bins, descending, destination);
        }
        else if (Vector256.IsHardwareAccelerated && values.Length >= Int32Block256)
        {
            ScoreVector256(values, cuts, bins, descending, destination);
        }
        else if (Vector128.IsHardwareAccelerated && values.Length >= Int32Block128)
        {
            ScoreVector128(values, cuts, bins, descending, destination);
        }
        else
        {
            ScoreScalar(values, cuts, bins, descending, destination);
        }
    }

    /// <summary>Scores <paramref name="values"/> into <paramref name="destination"/> on the widest accelerated tier.</summary>
    public static void Score(ReadOnlySpan<double> values, ReadOnlySpan<double> cuts, int bins, bool descending, Span<byte> destination)
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        if (Vector512.IsHardwareAccelerated && values.Length >= DoubleBlock512)
        {
            ScoreVector512(values, cuts, bins, descending, destination);
        }
        else if (Vector256.IsHardwareAccelerated && values.Length >= DoubleBlock256)
        {
            ScoreVector256(values, cuts, bins, descending, destination);
        }
        else if (Vector128.IsHardwareAccelerated && values.Length >= DoubleBlock128)
        {
            ScoreVector128(values, cuts, bins, descending, destination);
        }
        else
        {
            ScoreScalar(values, cuts, bins, descending, destination);
        }
    }

    /// <summary>
    /// The specification, for integer and floating-point columns alike (floating-point values are
    /// finite; validated by the caller). The JIT specialises it per value type.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ScoreScalar<T>(ReadOnlySpan<T> values, ReadOnlySpan<T> cuts, int bins, bool descending, Span<byte> destination)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        Validate(values.Length, cuts.Length, bins, destination.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var exceeded = 0;
            foreach (var cut in cuts)
            {
                if (values[i] > cut)
                {
                    exceeded++;
                }
            }

            destination[i] = (byte)(descending ? bins - exceeded : 1 + exceeded);
        }
    }

    // The vector tiers accumulate -count per lane; this maps it to the score in the byte domain:
    // ascending 1 + count = (acc ^ -1) - (-1) + 1, descending bins - count = acc + bins.
    private static (byte Sign, byte Base) Transform(int bins, bool descending) =>
        descending ? ((byte)0, (byte)bins) : ((byte)0xFF, (byte)1);

    private static void Validate(int length, int cutCount, int bins, int destinationLength)
    {
        // Internal callers guarantee these; a violation is a bug, not a user error.
        if (destinationLength < length || bins is < 1 or > 255 || cutCount >= bins)
        {
            ThrowInvalid();
        }
    }

    private static void ThrowInvalid() =>
        throw new InvalidOperationException("Score kernel called with a short destination or inconsistent bins and cut points.");
}
