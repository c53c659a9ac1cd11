namespace Segmentation.Evaluation;

/// <summary>Adds memberships up into counts per segment.</summary>
internal sealed class SegmentCounter
{
    private readonly long[] _counts;
    private long _total;

    internal SegmentCounter(int segments) => _counts = new long[segments];

    internal void Add(SegmentMembership membership, int segments)
    {
        _total++;
        if (membership.AssignedIndex >= 0)
        {
            _counts[membership.AssignedIndex]++;
            return;
        }

        for (var i = 0; i < segments; i++)
        {
            if (membership.Contains(i))
            {
                _counts[i]++;
            }
        }
    }

    internal SegmentCounts ToCounts(IReadOnlyList<string> names) => new(names, _counts, _total);
}
