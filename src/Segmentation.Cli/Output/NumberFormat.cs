using System.Globalization;

namespace Segmentation.Cli.Output;

/// <summary>The output number format: invariant culture, '.' decimals, no grouping, no exponent.</summary>
internal static class NumberFormat
{
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
    public static bool TryFormatMoney(double value, Span<byte> destination, out int written)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0;
        }

        return Math.Abs(rounded) < 1e15
            ? rounded.TryFormat(destination, out written, default, CultureInfo.InvariantCulture)
            : rounded.TryFormat(destination, out written, "0.####", CultureInfo.InvariantCulture);
    }

    public static string Money(double value)
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormatMoney(value, buffer, out var n) ? buffer[..n].ToString() : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
