using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Exact sums of money (docs/decisions/0005-exact-money.md): <see cref="decimal"/> additions that
/// never round. A sum is exact while it fits decimal's 28-29 significant digits at the finest
/// scale of its terms; an addition that would round (the runtime drops fraction digits when the
/// 96-bit mantissa overflows) or overflow is refused, so the total of a customer's lines is the
/// same in every row order and equal totals compare equal.
/// </summary>
internal static class ExactMoney
{
    private const uint SafeHighWord = 1u << 30;
    private const int ScaleMask = 0x00FF0000;
    private const int MaxRescale = 9;

    private static readonly long[] PowersOf10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    /// <summary>Adds <paramref name="amount"/> to <paramref name="sum"/>; <see langword="false"/> (sum unchanged) when the result would not be exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(ref decimal sum, decimal amount)
    {
        // The common cases add the signed mantissas as 128-bit integers, without the runtime's
        // general decimal addition (which aligns scales and checks for overflow on every call):
        // one scale and both magnitudes below 2^94, or both mantissas below 2^64 and scales at most
        // 9 apart (the coarser one times 10^9 stays below 2^94). The sum then fits 96 bits exactly.
        ref readonly var a = ref Unsafe.As<decimal, DecimalLayout>(ref sum);
        ref readonly var b = ref Unsafe.As<decimal, DecimalLayout>(ref amount);
        var scaleA = (a.Flags & ScaleMask) >> 16;
        var scaleB = (b.Flags & ScaleMask) >> 16;
        if (scaleA == scaleB && a.High < SafeHighWord && b.High < SafeHighWord)
        {
            sum = FromSigned(Signed(a) + Signed(b), scaleA);
            return true;
        }

        if ((a.High | b.High) == 0 && Math.Abs(scaleA - scaleB) <= MaxRescale)
        {
            sum = scaleA > scaleB
                ? FromSigned(Signed(a) + (Signed(b) * PowersOf10[scaleA - scaleB]), scaleA)
                : FromSigned((Signed(a) * PowersOf10[scaleB - scaleA]) + Signed(b), scaleB);
            return true;
        }

        return TryAddChecked(ref sum, amount);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal FromSigned(Int128 value, int scale)
    {
        var negative = value < 0;
        var magnitude = (UInt128)(negative ? -value : value);
        return new decimal((int)(uint)(ulong)magnitude, (int)(uint)((ulong)magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Int128 Signed(in DecimalLayout value)
    {
        var magnitude = (Int128)(((UInt128)value.High << 64) | value.Low);
        return value.Flags < 0 ? -magnitude : magnitude;
    }

    /// <summary>Gets the top 32 bits of the 96-bit mantissa (what <see cref="decimal.GetBits(decimal)"/> returns at index 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HighWord(decimal value) => Unsafe.As<decimal, DecimalLayout>(ref value).High;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryAddChecked(ref decimal sum, decimal amount)
    {
        var scale = Math.Max(sum.Scale, amount.Scale);
        decimal result;
        try
        {
            result = sum + amount;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (result.Scale < scale)
        {
            return false;
        }

        sum = result;
        return true;
    }

    /// <summary>The error for a sum that left the exact range, naming where it happened.</summary>
    public static SegmentationException OutOfRange(string who, decimal sum, decimal amount, string location) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{who}: adding {amount} to the running total {sum} needs more than the 28 significant digits money is summed exactly in. Check the amount (a unit or decimal-point error?), or round amounts to fewer decimal places."),
            location);

    /// <summary>Converts an exact total to the <see cref="double"/> the scoring kernels work in (once per customer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToScoring(decimal value) => (double)value;

    // The runtime's decimal fields in order (flags, high 32 bits, low 64 bits); ExactMoneyTests
    // checks this against decimal.GetBits, so a runtime that changes it fails the build's tests.
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct DecimalLayout
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }
}
