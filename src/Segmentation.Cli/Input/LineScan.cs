using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Segmentation.Cli.Input;

/// <summary>
/// Finds a line's newline and its first commas in one 32-byte vector compare: most transaction
/// lines (some 26 bytes) fit, where a byte-by-byte scan takes two branches per byte.
/// </summary>
internal static class LineScan
{
    /// <summary>The bytes one attempt reads from the line's start; the caller guarantees them.</summary>
    public const int Width = 32;

    /// <summary>
    /// When the newline lies within <see cref="Width"/> bytes of <paramref name="lineStart"/>, records
    /// the positions of up to <paramref name="need"/> + 1 commas before it in <paramref name="commas"/>,
    /// sets <paramref name="found"/> to their number and <paramref name="newline"/> to its position and
    /// returns <see langword="true"/>; otherwise returns <see langword="false"/> and leaves <paramref name="found"/> alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFind(ReadOnlySpan<byte> data, int lineStart, int need, int[] commas, ref int found, out int newline)
    {
        newline = 0;
        if (!Vector256.IsHardwareAccelerated || (uint)(lineStart + Width) > (uint)data.Length)
        {
            return false;
        }

        var bytes = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(data), (nuint)lineStart);
        var newlines = Vector256.Equals(bytes, Vector256.Create((byte)'\n')).ExtractMostSignificantBits();
        if (newlines == 0)
        {
            return false;
        }

        var offset = BitOperations.TrailingZeroCount(newlines);
        var separators = Vector256.Equals(bytes, Vector256.Create((byte)',')).ExtractMostSignificantBits() & ((1u << offset) - 1);
        var n = 0;
        while (separators != 0 && n <= need)
        {
            commas[n++] = lineStart + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
        }

        found = n;
        newline = lineStart + offset;
        return true;
    }
}
