namespace Segmentation.Evaluation;

/// <summary>Adds memberships up into counts per segment.</summary>
internal sealed class SegmentCounter
{
    private readonly long[] _counts;
    private long _total;

    internal SegmentCounter(int segments) => _counts = new long[segments];

    internal void Add(SegmentMembership membership)
    {
        _total++;
        foreach (var index in membership)
        {
            _counts[index]++;
        }
    }

    internal SegmentCounts ToCounts(IReadOnlyList<string> names) => new(names, _counts, _total);
}
