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

        return rounded.TryFormat(destination, out written, "0.####", CultureInfo.InvariantCulture);
    }

    public static string Money(double value)
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormatMoney(value, buffer, out var n) ? buffer[..n].ToString() : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
