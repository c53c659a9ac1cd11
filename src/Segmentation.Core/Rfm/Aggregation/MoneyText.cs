using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Exact parsing of amounts written as text (UTF-8 bytes or UTF-16 chars), for every reader of the
/// library and the <c>segment</c> tool: <c>[+|-]digits[.digits][e|E[+|-]digits]</c>, invariant
/// culture, no thousands separators or white space. The value is the exact <see cref="decimal"/>
/// written (scale kept, e.g. <c>12.50</c>); text that decimal cannot hold exactly (over 28
/// decimal places, or over 28-29 significant digits) is <see cref="MoneyParse.OutOfRange"/>, never rounded.
/// </summary>
internal static class MoneyText
{
    private const int MaxScale = 28;
    private static readonly UInt128 DecimalLimit = (UInt128)1 << 96;

    /// <summary>Parses an amount.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MoneyParse TryParse<TChar>(ReadOnlySpan<TChar> text, out decimal amount)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // The common case, [-]digits[.digits] with at most 19 digits, in a 64-bit mantissa.
        var i = Sign(text, out var negative);

        ulong mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < text.Length && digits < 19; i++)
        {
            var d = uint.CreateTruncating(text[i]) - '0';
            if (d <= 9)
            {
                mantissa = (mantissa * 10) + d;
                digits++;
                fraction += fraction >= 0 ? 1 : 0;
            }
            else if (text[i] == TChar.CreateTruncating('.') && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                break;
            }
        }

        if (i == text.Length && digits > 0)
        {
            amount = Create(mantissa, 0, negative, Math.Max(fraction, 0));
            return MoneyParse.Parsed;
        }

        return ParseGeneral(text, out amount);
    }

    /// <summary>
    /// Parses an amount written with a decimal comma (<c>12,50</c>), as exports of many European
    /// locales write them: the same form as <see cref="TryParse{TChar}(ReadOnlySpan{TChar}, out decimal)"/>
    /// with ',' for '.'. A '.' is refused rather than read as a thousands separator: <c>1.234,50</c>
    /// and <c>1.234</c> would otherwise be guesses.
    /// </summary>
    public static MoneyParse TryParseDecimalComma<TChar>(ReadOnlySpan<TChar> text, out decimal amount)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        amount = 0;
        if (text.Contains(TChar.CreateTruncating('.')))
        {
            return MoneyParse.Invalid;
        }

        Span<TChar> copy = text.Length <= 64 ? stackalloc TChar[64] : new TChar[text.Length];
        copy = copy[..text.Length];
        text.CopyTo(copy);
        copy.Replace(TChar.CreateTruncating(','), TChar.CreateTruncating('.'));
        return TryParse((ReadOnlySpan<TChar>)copy, out amount);
    }

    private static MoneyParse ParseGeneral<TChar>(ReadOnlySpan<TChar> text, out decimal amount)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        amount = 0;
        var i = Sign(text, out var negative);

        UInt128 mantissa = 0;
        var digits = 0;
        var significant = 0;
        var fraction = -1;
        var tooLong = false;
        for (; i < text.Length; i++)
        {
            var d = uint.CreateTruncating(text[i]) - '0';
            if (d <= 9)
            {
                digits++;
                fraction += fraction >= 0 ? 1 : 0;
                if (mantissa != 0 || d != 0)
                {
                    // 38 digits always fit 128 bits; a longer mantissa cannot be a decimal anyway.
                    tooLong |= ++significant > 38;
                    mantissa = tooLong ? mantissa : (mantissa * 10) + d;
                }
            }
            else if (text[i] == TChar.CreateTruncating('.') && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return MoneyParse.Invalid;
        }

        var exponent = 0;
        if (i < text.Length)
        {
            if ((text[i] | TChar.CreateTruncating(0x20)) != TChar.CreateTruncating('e') || !TryExponent(text[(i + 1)..], out exponent))
            {
                return MoneyParse.Invalid;
            }
        }

        if (tooLong)
        {
            return MoneyParse.OutOfRange;
        }

        var scale = (long)Math.Max(fraction, 0) - exponent;
        for (; scale < 0; scale++)
        {
            if (mantissa != 0 && mantissa >= DecimalLimit)
            {
                return MoneyParse.OutOfRange;
            }

            mantissa *= 10;
        }

        // Trailing zeros beyond what decimal holds can go: the value stays exact.
        for (; (scale > MaxScale || mantissa >= DecimalLimit) && scale > 0 && mantissa % 10 == 0; scale--)
        {
            mantissa /= 10;
        }

        if (mantissa == 0)
        {
            scale = Math.Min(scale, MaxScale);
        }

        if (scale > MaxScale || mantissa >= DecimalLimit)
        {
            return MoneyParse.OutOfRange;
        }

        amount = Create((ulong)mantissa, (uint)(mantissa >> 64), negative, (int)scale);
        return MoneyParse.Parsed;
    }

    private static bool TryExponent<TChar>(ReadOnlySpan<TChar> text, out int exponent)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        exponent = 0;
        var i = Sign(text, out var negative);

        if (i == text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var d = uint.CreateTruncating(text[i]) - '0';
            if (d > 9)
            {
                return false;
            }

            // Past 1000 the value is out of range either way; cap so it cannot overflow.
            exponent = Math.Min(1000, (exponent * 10) + (int)d);
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }

    /// <summary>Reads an optional leading sign; returns where the digits start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Sign<TChar>(ReadOnlySpan<TChar> text, out bool negative)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        negative = !text.IsEmpty && text[0] == TChar.CreateTruncating('-');
        return !text.IsEmpty && (negative || text[0] == TChar.CreateTruncating('+')) ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal Create(ulong low, uint high, bool negative, int scale) =>
        new((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative && (low | high) != 0, (byte)scale);
}
