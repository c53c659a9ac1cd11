using Segmentation.Explain;

namespace Segmentation.Analytics;

/// <summary>One segment of a customer's move between two runs, with the explain trace of each run.</summary>
public sealed class SegmentChangeExplanation
{
    internal SegmentChangeExplanation(string name, bool wasMember, bool isMember, SegmentExplanation? earlier, SegmentExplanation? later)
    {
        Name = name;
        WasMember = wasMember;
        IsMember = isMember;
        Earlier = earlier;
        Later = later;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the customer was in the segment in the earlier run.</summary>
    public bool WasMember { get; }

    /// <summary>Gets a value indicating whether the customer is in the segment in the later run.</summary>
    public bool IsMember { get; }

    /// <summary>Gets what happened: <c>entered</c>, <c>exited</c> or <c>stayed</c>.</summary>
    public string Change => (WasMember, IsMember) switch
    {
        (false, true) => "entered",
        (true, false) => "exited",
        _ => "stayed",
    };

    /// <summary>
    /// Gets the segment's explanation in the earlier run; <see langword="null"/> when that run's set
    /// has no such segment or it is the fallback of an exclusive set (which has no criteria).
    /// </summary>
    public SegmentExplanation? Earlier { get; }

    /// <summary>Gets the segment's explanation in the later run; <see langword="null"/> as for <see cref="Earlier"/>.</summary>
    public SegmentExplanation? Later { get; }
}
