using System.Runtime.CompilerServices;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes non-negative integers as ASCII digits, two at a time from a table: the same text as
/// the invariant <c>TryFormat</c> without its format-string and culture dispatch, which dominated
/// the output's per-row cost.
/// </summary>
internal static class Digits
{
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>The number of decimal digits of <paramref name="value"/> (1 for 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(ulong value)
    {
        var count = 1;
        while (value >= 10_000)
        {
            value /= 10_000;
            count += 4;
        }

        return value < 10 ? count : value < 100 ? count + 1 : value < 1000 ? count + 2 : count + 3;
    }

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>, which must have room for <see cref="Count(ulong)"/> bytes; returns the count.</summary>
    public static int Write(Span<byte> destination, ulong value)
    {
        var count = Count(value);
        WriteDigits(destination, value, count);
        return count;
    }

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/> if it fits (nothing otherwise).</summary>
    public static bool TryWrite(Span<byte> destination, ulong value, out int written)
    {
        written = Count(value);
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }

        WriteDigits(destination, value, written);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteDigits(Span<byte> destination, ulong value, int count)
    {
        var position = count;
        var pairs = Pairs;
        while (value >= 100)
        {
            var pair = (int)(value % 100) * 2;
            value /= 100;
            destination[--position] = pairs[pair + 1];
            destination[--position] = pairs[pair];
        }

        if (value >= 10)
        {
            destination[1] = pairs[((int)value * 2) + 1];
            destination[0] = pairs[(int)value * 2];
        }
        else
        {
            destination[0] = (byte)('0' + (int)value);
        }
    }
}
