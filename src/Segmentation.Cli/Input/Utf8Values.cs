using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>
/// The contract's field formats parsed straight from UTF-8 bytes, with results identical to
/// <see cref="CsvValues"/> on the decoded text: a plain <c>yyyy-MM-dd</c> takes a hand-written
/// path, everything else the same parser. Amounts go to the library's <c>MoneyText</c> directly.
/// </summary>
internal static class Utf8Values
{
    private static readonly int[] CumulativeDays = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    /// <summary>
    /// Parses a date like the library's <see cref="DateText"/> in <paramref name="format"/> (ISO, or
    /// with <see cref="DateTextFormat.Auto"/> also <c>yyyyMMdd</c>); returns its <see cref="DateOnly.DayNumber"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseDay(ReadOnlySpan<byte> text, DateTextFormat format, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10)
        {
            return (text.Length > 10 || format == DateTextFormat.Auto) && TryParseDaySlow(text, format, out dayNumber);
        }

        if (text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var y0 = text[0] - '0';
        var y1 = text[1] - '0';
        var y2 = text[2] - '0';
        var y3 = text[3] - '0';
        var m0 = text[5] - '0';
        var m1 = text[6] - '0';
        var d0 = text[8] - '0';
        var d1 = text[9] - '0';
        if ((uint)y0 > 9 || (uint)y1 > 9 || (uint)y2 > 9 || (uint)y3 > 9 || (uint)m0 > 9 || (uint)m1 > 9 || (uint)d0 > 9 || (uint)d1 > 9)
        {
            return false;
        }

        var year = (y0 * 1000) + (y1 * 100) + (y2 * 10) + y3;
        var month = (m0 * 10) + m1;
        var day = (d0 * 10) + d1;
        if (year < 1 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        var extra = leap && month > 2 ? 1 : 0;
        var monthDays = CumulativeDays[month] - CumulativeDays[month - 1] + (leap && month == 2 ? 1 : 0);
        if (day > monthDays)
        {
            return false;
        }

        var y = year - 1;
        dayNumber = (y * 365) + (y / 4) - (y / 100) + (y / 400) + CumulativeDays[month - 1] + extra + day - 1;
        return true;
    }

    /// <summary>Whether the id is empty or white space only (as <see cref="MemoryExtensions.IsWhiteSpace(ReadOnlySpan{char})"/> on the decoded text).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return true;
        }

        var first = text[0];
        if (first is > 0x20 and < 0x7F)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b >= 0x80)
            {
                return Encoding.UTF8.GetString(text).AsSpan().IsWhiteSpace();
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Trims white space (Unicode, as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>) from both ends of a UTF-8 field.</summary>
    public static (int Start, int Length) Trim(ReadOnlySpan<byte> data, int start, int length)
    {
        while (length > 0 && Rune.DecodeFromUtf8(data.Slice(start, length), out var rune, out var size) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            start += size;
            length -= size;
        }

        while (length > 0 && Rune.DecodeLastFromUtf8(data.Slice(start, length), out var rune, out var size) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
        {
            length -= size;
        }

        return (start, length);
    }

    /// <summary>
    /// The id's key: its first 16 bytes zero-padded, or for a longer id the first 8 bytes and a
    /// hash of the rest. <paramref name="data"/> must hold 16 readable bytes past the id's start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Key0, ulong Key1) Key(ReadOnlySpan<byte> data, int start, int length)
    {
        var a = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(start, 8));
        if (length > 16)
        {
            return (a, TailHash(data.Slice(start + 8, length - 8)));
        }

        var b = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(start + 8, 8));
        a &= length >= 8 ? ulong.MaxValue : (1UL << (8 * length)) - 1;
        b &= length >= 16 ? ulong.MaxValue : length <= 8 ? 0 : (1UL << (8 * (length - 8))) - 1;
        return (a, b);
    }

    /// <summary>A well-mixed 64-bit hash of a key (partition from the high bits, table slot from the low).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ulong key0, ulong key1, int length) => Mix(key0 ^ Mix(key1 + ((ulong)length * 0x9E3779B97F4A7C15UL)));

    /// <summary>Writes the id's bytes back from a short key (at most 16 bytes).</summary>
    public static void WriteKey(ulong key0, ulong key1, Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, key0);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], key1);
    }

    private static ulong TailHash(ReadOnlySpan<byte> tail)
    {
        var hash = (ulong)tail.Length;
        while (tail.Length >= 8)
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(tail));
            tail = tail[8..];
        }

        ulong last = 0;
        for (var i = tail.Length - 1; i >= 0; i--)
        {
            last = (last << 8) | tail[i];
        }

        return Mix(hash ^ last ^ 0xA5A5A5A5A5A5A5A5UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        // MurmurHash3's 64-bit finalizer: every input bit reaches every output bit.
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    private static bool TryParseDaySlow(ReadOnlySpan<byte> text, DateTextFormat format, out int dayNumber)
    {
        // Date-times and other forms: the library's parser, on the bytes (no hurry: rare).
        dayNumber = 0;
        if (!DateText.TryParse(text, format, out var date))
        {
            return false;
        }

        dayNumber = date.DayNumber;
        return true;
    }
}
