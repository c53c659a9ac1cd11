using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Cli.Output;

/// <summary>The output number format: invariant culture, '.' decimals, no grouping, no exponent.</summary>
internal static class NumberFormat
{
    private const double FixedPointLimit = 1e11;

    /// <summary>
    /// Formats money rounded to 4 decimals (away from zero) with trailing zeros dropped, so sums
    /// of binary doubles print as written (0.1 + 0.2 → 0.3) and -0 prints as 0.
    /// </summary>
    public static bool TryFormatMoney(double value, Span<char> destination, out int written)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        // Shortest round-trip of a value rounded to 4 decimals has at most 4 decimals, and is far
        // faster than a custom format; it switches to an exponent only from 1e15 up.
        return Math.Abs(rounded) < 1e15
            ? rounded.TryFormat(destination, out written, default, CultureInfo.InvariantCulture)
            : rounded.TryFormat(destination, out written, "0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>The UTF-8 twin of <see cref="TryFormatMoney(double, Span{char}, out int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryFormatMoney(double value, Span<byte> destination, out int written)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return Math.Abs(rounded) < FixedPointLimit
            ? TryFormatFixedPoint(rounded, destination, out written)
            : TryFormatGeneral(rounded, destination, out written);
    }

    /// <summary>The general UTF-8 formatting of an already rounded amount (what <see cref="TryFormatFixedPoint"/> must equal).</summary>
    internal static bool TryFormatGeneral(double rounded, Span<byte> destination, out int written) =>
        Math.Abs(rounded) < 1e15
            ? rounded.TryFormat(destination, out written, default, CultureInfo.InvariantCulture)
            : rounded.TryFormat(destination, out written, "0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a value rounded to 4 decimals as its scaled integer: below 1e11 the shortest
    /// round-trip text of such a double is exactly that decimal (adjacent 4-decimal values are
    /// over 6 doubles apart there), so this equals <see cref="TryFormatGeneral"/> at a fraction of the cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryFormatFixedPoint(double rounded, Span<byte> destination, out int written)
    {
        var scaled = (long)Math.Round(rounded * 10_000);
        var position = 0;
        if (scaled < 0)
        {
            if (destination.IsEmpty)
            {
                written = 0;
                return false;
            }

            destination[position++] = (byte)'-';
            scaled = -scaled;
        }

        var whole = (ulong)(scaled / 10_000);
        var fraction = (int)(scaled % 10_000);
        if (!Digits.TryWrite(destination[position..], whole, out var wholeDigits))
        {
            written = 0;
            return false;
        }

        position += wholeDigits;
        if (fraction != 0)
        {
            var digits = 4;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            if (destination.Length < position + 1 + digits)
            {
                written = 0;
                return false;
            }

            destination[position++] = (byte)'.';
            for (var i = digits - 1; i >= 0; i--)
            {
                destination[position + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            position += digits;
        }

        written = position;
        return true;
    }

    public static string Money(double value)
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormatMoney(value, buffer, out var n) ? buffer[..n].ToString() : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
