namespace Segmentation.Evaluation;

/// <summary>The segments one customer is in: a bitset (all-matches mode) or one index (first-match mode).</summary>
public readonly struct SegmentMembership : IEquatable<SegmentMembership>
{
    private readonly ulong _first;
    private readonly ulong[]? _words;
    private readonly int _assigned;

    private SegmentMembership(ulong first, ulong[]? words, int assigned)
    {
        _first = first;
        _words = words;
        _assigned = assigned;
    }

    /// <summary>Gets the index of the customer's segment in first-match mode (the fallback's index when none matched); -1 in all-matches mode.</summary>
    public int AssignedIndex => _assigned - 1;

    /// <summary>Gets the membership bits of segments 0 to 63 (in first-match mode, the assigned segment's bit when it is below 64).</summary>
    public ulong FirstWord => _assigned > 0 ? (_assigned - 1 < 64 ? 1UL << (_assigned - 1) : 0UL) : _first;

    /// <summary>Tests membership of one segment.</summary>
    /// <param name="segmentIndex">The segment's index in the set.</param>
    /// <returns><see langword="true"/> when the customer is in the segment.</returns>
    public bool Contains(int segmentIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segmentIndex);
        if (_assigned > 0)
        {
            return segmentIndex == _assigned - 1;
        }

        if (segmentIndex < 64)
        {
            return (_first & (1UL << segmentIndex)) != 0;
        }

        return _words is not null && segmentIndex / 64 < _words.Length && (_words[segmentIndex / 64] & (1UL << (segmentIndex % 64))) != 0;
    }

    /// <summary>Compares two memberships.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they hold the same segments.</returns>
    public static bool operator ==(SegmentMembership left, SegmentMembership right) => left.Equals(right);

    /// <summary>Compares two memberships.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SegmentMembership left, SegmentMembership right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SegmentMembership other) =>
        _assigned == other._assigned && _first == other._first
        && (_words ?? []).AsSpan().SequenceEqual(other._words ?? []);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SegmentMembership other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_first, _assigned);

    internal static SegmentMembership FromBits(ulong first, ulong[]? words) => new(first, words, 0);

    internal static SegmentMembership Assigned(int index) => new(0, null, index + 1);
}
