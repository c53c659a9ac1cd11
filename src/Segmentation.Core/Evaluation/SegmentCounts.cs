using System.Globalization;
using Segmentation.Privacy;

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

    /// <summary>
    /// Decides which counts a report may show under the small-cell rule. Counts that add up to
    /// <see cref="Total"/> (first match) are one table split from the total
    /// (<see cref="SmallCellSuppression.Apply(ReadOnlySpan{long})"/>, with secondary suppression);
    /// overlapping counts (all matches) are each a table of the segment and the rest of the
    /// customers (<see cref="SmallCellSuppression.Apply(ReadOnlySpan{long}, long)"/>), so a count is
    /// hidden when it or its rest has 1 to k − 1 customers.
    /// </summary>
    /// <param name="rule">The rule, e.g. <see cref="SmallCellSuppression.Default"/>.</param>
    /// <returns>The suppressed counts as grouping 0, keyed by the index in <see cref="Names"/>; <see cref="SuppressedGroups.IsPopulationSuppressed"/> when <see cref="Total"/> itself is below the minimum.</returns>
    public SuppressedGroups Suppress(SmallCellSuppression rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _counts.Sum() == Total ? rule.Apply(_counts) : rule.Apply(_counts, Total);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n}: {_counts[i]}"))) + string.Create(CultureInfo.InvariantCulture, $" (of {Total})");
}
