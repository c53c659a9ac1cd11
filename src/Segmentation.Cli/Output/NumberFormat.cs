using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Cli.Output;

/// <summary>
/// The output format of money: the exact <see cref="decimal"/> in invariant culture, '.' decimals,
/// no grouping, no exponent, trailing fraction zeros dropped (so 12.50 prints as 12.5 and 0.00 as 0).
/// </summary>
internal static class NumberFormat
{
    private const string GeneralFormat = "0.############################";

    private static readonly ulong[] PowersOf10 = BuildPowers();

    /// <summary>Formats money (<see cref="Money"/>'s text) as UTF-16.</summary>
    public static bool TryFormatMoney(decimal value, Span<char> destination, out int written)
    {
        var text = Money(value);
        written = text.TryCopyTo(destination) ? text.Length : 0;
        return written == text.Length;
    }

    /// <summary>The UTF-8 twin of <see cref="TryFormatMoney(decimal, Span{char}, out int)"/>: a 64-bit mantissa is written digit by digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryFormatMoney(decimal value, Span<byte> destination, out int written)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || scale >= PowersOf10.Length)
        {
            return TryFormatGeneral(value, destination, out written);
        }

        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        for (; scale > 0 && mantissa % 10 == 0; scale--)
        {
            mantissa /= 10;
        }

        var position = 0;
        if (bits[3] < 0 && mantissa != 0)
        {
            if (destination.IsEmpty)
            {
                written = 0;
                return false;
            }

            destination[position++] = (byte)'-';
        }

        var power = PowersOf10[scale];
        if (!Digits.TryWrite(destination[position..], mantissa / power, out var wholeDigits))
        {
            written = 0;
            return false;
        }

        position += wholeDigits;
        if (scale > 0)
        {
            if (destination.Length < position + 1 + scale)
            {
                written = 0;
                return false;
            }

            destination[position++] = (byte)'.';
            var fraction = mantissa % power;
            for (var i = scale - 1; i >= 0; i--)
            {
                destination[position + i] = (byte)('0' + (fraction % 10));
                fraction /= 10;
            }

            position += scale;
        }

        written = position;
        return true;
    }

    /// <summary>The general UTF-8 formatting (what the digit-by-digit path must equal).</summary>
    internal static bool TryFormatGeneral(decimal value, Span<byte> destination, out int written) =>
        System.Text.Encoding.UTF8.TryGetBytes(Money(value), destination, out written);

    /// <summary>Formats money as a string (zero, of any scale or sign, as "0").</summary>
    public static string Money(decimal value) => value == 0 ? "0" : value.ToString(GeneralFormat, CultureInfo.InvariantCulture);

    private static ulong[] BuildPowers()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
