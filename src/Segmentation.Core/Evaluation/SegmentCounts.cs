using System.Globalization;

namespace Segmentation.Evaluation;

/// <summary>How many customers each segment of a set holds.</summary>
/// <remarks>Immutable. In all-matches mode the counts may add up to more than <see cref="Total"/>; in first-match mode they add up to it exactly.</remarks>
public sealed class SegmentCounts
{
    private readonly long[] _counts;

    internal SegmentCounts(IReadOnlyList<string> names, long[] counts, long total)
    {
        Names = names;
        _counts = counts;
        Total = total;
    }

    /// <summary>Gets the segment names, in the set's order (the fallback last in first-match mode).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the counts, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Gets the number of customers evaluated.</summary>
    public long Total { get; }

    /// <summary>Gets the count of a segment by name.</summary>
    /// <param name="name">The segment name.</param>
    /// <returns>The number of customers in it.</returns>
    /// <exception cref="KeyNotFoundException">No segment has that name.</exception>
    public long this[string name]
    {
        get
        {
            for (var i = 0; i < Names.Count; i++)
            {
                if (string.Equals(Names[i], name, StringComparison.Ordinal))
                {
                    return _counts[i];
                }
            }

            throw new KeyNotFoundException($"The set has no segment named '{name}'.");
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}: {_counts[i]}"))) + string.Create(CultureInfo.InvariantCulture, $" (of {Total})");
}
