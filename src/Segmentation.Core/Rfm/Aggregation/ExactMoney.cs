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

    /// <summary>Adds <paramref name="amount"/> to <paramref name="sum"/>; <see langword="false"/> (sum unchanged) when the result would not be exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryAdd(ref decimal sum, decimal amount)
    {
        // The common case: one scale and both magnitudes below 2^94, so the 96-bit sum cannot
        // overflow: add the signed mantissas as 128-bit integers (no call into the runtime's general
        // decimal addition, which aligns scales and checks for overflow on every call).
        ref readonly var a = ref Unsafe.As<decimal, DecimalLayout>(ref sum);
        ref readonly var b = ref Unsafe.As<decimal, DecimalLayout>(ref amount);
        if (((a.Flags ^ b.Flags) & ScaleMask) == 0 && a.High < SafeHighWord && b.High < SafeHighWord)
        {
            var result = Signed(a) + Signed(b);
            var negative = result < 0;
            var magnitude = (UInt128)(negative ? -result : result);
            sum = new decimal((int)(uint)(ulong)magnitude, (int)(uint)((ulong)magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)((a.Flags & ScaleMask) >> 16));
            return true;
        }

        return TryAddChecked(ref sum, amount);
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
