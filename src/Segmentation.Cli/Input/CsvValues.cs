using System.Globalization;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>Parsing of the contract's field formats: ISO dates or date-times, invariant numbers.</summary>
internal static class CsvValues
{
    /// <summary>
    /// Parses <c>yyyy-MM-dd</c>, or an ISO 8601 date-time (<c>T</c> or a space, optional fraction
    /// and offset). Only the calendar date as written counts: RFM works in whole days, and
    /// shifting by the offset would move late-evening orders to another day.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (text.Length > 10)
        {
            // Validate the time part with the BCL; the fast path above covers plain dates.
            if ((text[10] != 'T' && text[10] != ' ')
                || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                return false;
            }
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses an amount exactly (the library's <see cref="MoneyText"/>): '.' decimals, optional exponent, no thousands separators.</summary>
    public static MoneyParse TryParseAmount(ReadOnlySpan<char> text, out decimal amount) => MoneyText.TryParse(text, out amount);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var d = c - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
