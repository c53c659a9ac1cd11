namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Orders integer customer ids as <see cref="string.CompareOrdinal(string, string)"/> orders their
/// invariant text ("10" before "9", "-1" before "0"), without making the text: the ordinal id order
/// is the contract's, and ids read from an integer column stay numbers (8 bytes, not a string each).
/// </summary>
internal readonly struct NumericIdOrder : IComparer<long>
{
    private static readonly ulong[] PowersOf10 = Powers();

    /// <inheritdoc />
    public int Compare(long x, long y)
    {
        // '-' sorts before every digit; two negatives compare by the text after the sign.
        return (x < 0, y < 0) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            (true, true) => CompareDigits(Magnitude(x), Magnitude(y)),
            _ => CompareDigits((ulong)x, (ulong)y),
        };
    }

    /// <summary>Compares the decimal digit strings of two magnitudes ordinally: a proper prefix first.</summary>
    private static int CompareDigits(ulong x, ulong y)
    {
        var (dx, dy) = (Digits(x), Digits(y));
        if (dx == dy)
        {
            return x.CompareTo(y);
        }

        // Compare the shorter with the longer's prefix of the same length; equal means a prefix, which sorts first.
        if (dx < dy)
        {
            var prefix = y / PowersOf10[dy - dx];
            return x < prefix ? -1 : x > prefix ? 1 : -1;
        }

        var other = x / PowersOf10[dx - dy];
        return other < y ? -1 : other > y ? 1 : 1;
    }

    // long.MinValue's magnitude does not fit a long; it does a ulong.
    private static ulong Magnitude(long value) => (ulong)(-(value + 1)) + 1;

    private static int Digits(ulong value)
    {
        var digits = 1;
        while (digits < PowersOf10.Length && value >= PowersOf10[digits])
        {
            digits++;
        }

        return digits;
    }

    private static ulong[] Powers()
    {
        // 10^0 .. 10^19 (ulong's largest power of ten).
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
