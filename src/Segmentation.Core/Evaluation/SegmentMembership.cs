using System.Globalization;
using System.Numerics;
using System.Text;

namespace Segmentation.Evaluation;

/// <summary>
/// The segments one customer is in: an immutable set of segment indices, as a segment set's
/// evaluation produces it and the analytics (reports, concentration, migration) take it.
/// </summary>
/// <remarks>
/// Indices 0 to 63 live in one <see cref="ulong"/> and cost no allocation; larger indices use an
/// extra array of 64-bit words, so segment sets of any size work. In a
/// <see cref="Definitions.SegmentSetMode.FirstMatch"/> run a customer's membership holds exactly one
/// index (the fallback's, <c>Segments.Count</c>, when no segment matched; read it with
/// <see cref="MinIndex"/>); in an <see cref="Definitions.SegmentSetMode.AllMatches"/> run it may hold
/// several or none. Two memberships are equal when they hold the same indices.
/// </remarks>
public readonly partial struct SegmentMembership : IEquatable<SegmentMembership>
{
    private const int WordBits = 64;

    private readonly ulong _low;

    // Words for indices 64 and up; null when there are none, otherwise the last word is non-zero,
    // so that equal sets have equal representations.
    private readonly ulong[]? _high;

    private SegmentMembership(ulong low, ulong[]? high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>Gets the membership that holds no segment.</summary>
    /// <value>The same as <see langword="default"/>.</value>
    public static SegmentMembership Empty => default;

    /// <summary>Gets a value indicating whether the membership holds no segment.</summary>
    /// <value><see langword="true"/> for a customer in no segment.</value>
    public bool IsEmpty => _low == 0 && _high is null;

    /// <summary>Gets the number of segments in the membership.</summary>
    /// <value>The population count of the bits.</value>
    public int Count
    {
        get
        {
            var count = BitOperations.PopCount(_low);
            if (_high is not null)
            {
                foreach (var word in _high)
                {
                    count += BitOperations.PopCount(word);
                }
            }

            return count;
        }
    }

    /// <summary>Gets the lowest segment index in the membership: in a first-match run, the customer's one segment.</summary>
    /// <value>The lowest index, or -1 for an empty membership.</value>
    public int MinIndex
    {
        get
        {
            if (_low != 0)
            {
                return BitOperations.TrailingZeroCount(_low);
            }

            if (_high is { } high)
            {
                for (var w = 0; w < high.Length; w++)
                {
                    if (high[w] != 0)
                    {
                        return ((w + 1) * WordBits) + BitOperations.TrailingZeroCount(high[w]);
                    }
                }
            }

            return -1;
        }
    }

    /// <summary>Gets the highest segment index in the membership.</summary>
    /// <value>The highest index, or -1 for an empty membership.</value>
    public int MaxIndex => _high is { } high
        ? (high.Length * WordBits) + (WordBits - 1 - BitOperations.LeadingZeroCount(high[^1]))
        : WordBits - 1 - BitOperations.LeadingZeroCount(_low);

    /// <summary>Creates a membership from a 64-bit word: bit <c>i</c> set means segment <c>i</c>.</summary>
    /// <param name="bits">The bits of segments 0 to 63.</param>
    /// <returns>The membership; no allocation.</returns>
    public static SegmentMembership FromBits(ulong bits) => new(bits, null);

    /// <summary>Creates a membership from 64-bit words: bit <c>i</c> of word <c>w</c> means segment <c>64·w + i</c>.</summary>
    /// <param name="words">The words, lowest indices first, as a bitset of an all-matches evaluation holds them.</param>
    /// <returns>The membership; it allocates only when a bit above 63 is set.</returns>
    public static SegmentMembership FromWords(ReadOnlySpan<ulong> words)
    {
        if (words.IsEmpty)
        {
            return default;
        }

        var last = words.Length - 1;
        while (last > 0 && words[last] == 0)
        {
            last--;
        }

        return new SegmentMembership(words[0], last >= 1 ? words[1..(last + 1)].ToArray() : null);
    }

    /// <summary>Creates a membership that holds one segment, as in a first-match run.</summary>
    /// <param name="index">The segment index, zero or more.</param>
    /// <returns>The membership; it allocates only for an index above 63.</returns>
    public static SegmentMembership Single(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < WordBits)
        {
            return new SegmentMembership(1UL << index, null);
        }

        var high = new ulong[index / WordBits];
        high[^1] = 1UL << (index % WordBits);
        return new SegmentMembership(0, high);
    }

    /// <summary>Creates a membership from segment indices; repeated indices count once.</summary>
    /// <param name="indices">The segment indices, each zero or more, in any order.</param>
    /// <returns>The membership.</returns>
    public static SegmentMembership FromIndices(ReadOnlySpan<int> indices)
    {
        var max = -1;
        foreach (var index in indices)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(indices));
            max = Math.Max(max, index);
        }

        var words = new ulong[(max / WordBits) + 1];
        foreach (var index in indices)
        {
            words[index / WordBits] |= 1UL << (index % WordBits);
        }

        return FromWords(words);
    }

    /// <summary>Tells whether the membership holds a segment.</summary>
    /// <param name="index">The segment index.</param>
    /// <returns><see langword="true"/> when the segment is in the membership; <see langword="false"/> for a negative index.</returns>
    public bool Contains(int index)
    {
        if (index < 0)
        {
            return false;
        }

        if (index < WordBits)
        {
            return ((_low >> index) & 1UL) != 0;
        }

        var word = (index / WordBits) - 1;
        return _high is { } high && word < high.Length && ((high[word] >> (index % WordBits)) & 1UL) != 0;
    }

    /// <summary>Enumerates the segment indices in ascending order without allocating.</summary>
    /// <returns>A struct enumerator over the indices.</returns>
    public Enumerator GetEnumerator() => new(_low, _high);

    /// <summary>Tells whether two memberships hold the same segments.</summary>
    /// <param name="other">The other membership.</param>
    /// <returns><see langword="true"/> when both hold the same indices.</returns>
    public bool Equals(SegmentMembership other) =>
        _low == other._low && _high.AsSpan().SequenceEqual(other._high.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SegmentMembership other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_low);
        foreach (var word in _high.AsSpan())
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the membership as its indices, e.g. <c>{0, 3, 70}</c>.</summary>
    /// <returns>The indices in braces, invariant culture.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("{");
        foreach (var index in this)
        {
            text.Append(text.Length > 1 ? ", " : string.Empty).Append(index.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append('}').ToString();
    }

    /// <summary>Tells whether two memberships hold the same segments.</summary>
    /// <param name="left">The first membership.</param>
    /// <param name="right">The second membership.</param>
    /// <returns><see langword="true"/> when both hold the same indices.</returns>
    public static bool operator ==(SegmentMembership left, SegmentMembership right) => left.Equals(right);

    /// <summary>Tells whether two memberships differ.</summary>
    /// <param name="left">The first membership.</param>
    /// <param name="right">The second membership.</param>
    /// <returns><see langword="true"/> when the memberships hold different indices.</returns>
    public static bool operator !=(SegmentMembership left, SegmentMembership right) => !left.Equals(right);
}
