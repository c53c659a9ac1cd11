using System.Globalization;
using System.Numerics;

namespace Segmentation.Rfm.Aggregation;

/// <summary>How order dates are written in a transaction file.</summary>
internal enum DateTextFormat
{
    /// <summary>ISO 8601 (<c>yyyy-MM-dd</c> or a date-time) or <c>yyyyMMdd</c>: the two forms no reader can mistake.</summary>
    Auto,

    /// <summary>ISO 8601 only: <c>yyyy-MM-dd</c>, or a date-time with <c>T</c> or a space, optional fraction and offset.</summary>
    Iso,

    /// <summary><c>yyyyMMdd</c>, eight digits.</summary>
    Compact,

    /// <summary>Day first: <c>dd.MM.yyyy</c>, <c>dd/MM/yyyy</c> or <c>dd-MM-yyyy</c> (one or two digits for day and month).</summary>
    DayFirst,

    /// <summary>Month first: <c>MM/dd/yyyy</c>, <c>MM.dd.yyyy</c> or <c>MM-dd-yyyy</c> (one or two digits for month and day).</summary>
    MonthFirst,
}

/// <summary>
/// Parsing of order dates written as text (UTF-16 chars or UTF-8 bytes), for every reader: only
/// the calendar date as written counts. RFM works in whole days, and shifting a date-time by its
/// offset would move late-evening orders to another day. A day-first or month-first date is read
/// only when the format says which: <c>03/04/2024</c> is not guessed.
/// </summary>
internal static class DateText
{
    /// <summary>Parses a date in <paramref name="format"/>.</summary>
    public static bool TryParse<TChar>(ReadOnlySpan<TChar> text, DateTextFormat format, out DateOnly date)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        date = default;
        return format switch
        {
            DateTextFormat.Auto => text.Length == 8 ? TryCompact(text, out date) : TryIso(text, out date),
            DateTextFormat.Iso => TryIso(text, out date),
            DateTextFormat.Compact => TryCompact(text, out date),
            DateTextFormat.DayFirst => TrySeparated(text, dayFirst: true, out date),
            DateTextFormat.MonthFirst => TrySeparated(text, dayFirst: false, out date),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="text"/> looks like a day-first or month-first date (digits around '/', '.' or '-' with the year last), which <see cref="DateTextFormat.Auto"/> refuses to guess.</summary>
    public static bool LooksDayOrMonthFirst(ReadOnlySpan<char> text) =>
        TrySeparated(text, dayFirst: true, out _) || TrySeparated(text, dayFirst: false, out _);

    /// <summary>Parses <c>yyyy-MM-dd</c>, or an ISO 8601 date-time (<c>T</c> or a space, optional fraction and offset).</summary>
    public static bool TryIso<TChar>(ReadOnlySpan<TChar> text, out DateOnly date)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        date = default;
        if (text.Length < 10 || !Is(text[4], '-') || !Is(text[7], '-')
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryCreate(year, month, day, out date))
        {
            return false;
        }

        if (text.Length > 10)
        {
            // The time part is validated by the BCL; plain dates never get here.
            Span<char> chars = stackalloc char[64];
            if ((!Is(text[10], 'T') && !Is(text[10], ' ')) || text.Length > chars.Length)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = uint.CreateTruncating(text[i]);
                if (c > 0x7F)
                {
                    return false;
                }

                chars[i] = (char)c;
            }

            if (!DateTimeOffset.TryParse(chars[..text.Length], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            {
                date = default;
                return false;
            }
        }

        return true;
    }

    private static bool TryCompact<TChar>(ReadOnlySpan<TChar> text, out DateOnly date)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        date = default;
        return text.Length == 8
            && TryDigits(text[..4], out var year) && TryDigits(text.Slice(4, 2), out var month) && TryDigits(text.Slice(6, 2), out var day)
            && TryCreate(year, month, day, out date);
    }

    // d.M.yyyy, d/M/yyyy or d-M-yyyy (or month first), one separator kind per date.
    private static bool TrySeparated<TChar>(ReadOnlySpan<TChar> text, bool dayFirst, out DateOnly date)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        date = default;
        var first = text.IndexOfAny(TChar.CreateTruncating('.'), TChar.CreateTruncating('/'), TChar.CreateTruncating('-'));
        if (first is < 1 or > 2)
        {
            return false;
        }

        var separator = text[first];
        var rest = text[(first + 1)..];
        var second = rest.IndexOf(separator);
        if (second is < 1 or > 2 || rest.Length - second - 1 != 4
            || !TryDigits(text[..first], out var a) || !TryDigits(rest[..second], out var b) || !TryDigits(rest[(second + 1)..], out var year))
        {
            return false;
        }

        return dayFirst ? TryCreate(year, b, a, out date) : TryCreate(year, a, b, out date);
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Is<TChar>(TChar c, char expected)
        where TChar : unmanaged, IBinaryInteger<TChar> => uint.CreateTruncating(c) == expected;

    private static bool TryDigits<TChar>(ReadOnlySpan<TChar> text, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        foreach (var c in text)
        {
            var d = uint.CreateTruncating(c) - '0';
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return !text.IsEmpty;
    }
}
