namespace Segmentation.Analytics;

/// <summary>
/// How customers moved between the segments of two runs of the same segment set: the
/// segment-to-segment matrix and, per segment, who entered, exited or stayed.
/// </summary>
/// <remarks>
/// <para>Rows are the earlier run, columns the later run; index <see cref="NoneIndex"/> is "(none)":
/// a customer absent from a run, or in no segment in it. Cell (i, j) counts the customers in
/// segment i before and in segment j after.</para>
/// <para>Exclusive runs: every customer is in exactly one cell, so row i sums to the earlier size of
/// segment i and column j to the later size of segment j. Overlapping runs: a customer in a
/// segments before and b after counts in a·b cells (an empty side counts as "(none)"), so the row
/// sums can exceed the segment sizes; use <see cref="Flows"/> for exact per-segment counts.</para>
/// </remarks>
public sealed class SegmentMigrationSummary
{
    private readonly long[] _matrix;

    internal SegmentMigrationSummary(string[] names, long[] matrix, SegmentFlow[] flows, long earlier, long later, long both, long changed)
    {
        SegmentNames = names;
        _matrix = matrix;
        Flows = flows;
        EarlierCustomers = earlier;
        LaterCustomers = later;
        CustomersInBoth = both;
        ChangedCustomers = changed;
    }

    /// <summary>Gets the segment names in index order, without "(none)".</summary>
    /// <value>The names the migration was built with.</value>
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>Gets the row and column index of "(none)" in the matrix.</summary>
    /// <value>The number of segments; the matrix is (<see cref="NoneIndex"/> + 1)².</value>
    public int NoneIndex => SegmentNames.Count;

    /// <summary>Gets the entered, exited and stayed counts of each segment.</summary>
    /// <value>One entry per segment, in index order.</value>
    public IReadOnlyList<SegmentFlow> Flows { get; }

    /// <summary>Gets the customers the earlier run had.</summary>
    /// <value>Counted once each, whatever their segments.</value>
    public long EarlierCustomers { get; }

    /// <summary>Gets the customers the later run has.</summary>
    /// <value>Counted once each, whatever their segments.</value>
    public long LaterCustomers { get; }

    /// <summary>Gets the customers both runs have.</summary>
    /// <value>Counted once each.</value>
    public long CustomersInBoth { get; }

    /// <summary>Gets the customers whose segments differ between the runs.</summary>
    /// <value>Absence counts as no segment.</value>
    public long ChangedCustomers { get; }

    /// <summary>Gets the customers in segment <paramref name="from"/> before and <paramref name="to"/> after.</summary>
    /// <param name="from">The earlier segment's index, or <see cref="NoneIndex"/>.</param>
    /// <param name="to">The later segment's index, or <see cref="NoneIndex"/>.</param>
    /// <returns>The count in that cell.</returns>
    public long this[int from, int to]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(from);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(from, NoneIndex);
            ArgumentOutOfRangeException.ThrowIfNegative(to);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(to, NoneIndex);
            return _matrix[(from * (NoneIndex + 1)) + to];
        }
    }

    /// <summary>Gets the customers in one segment before and another after, by name.</summary>
    /// <param name="from">The earlier segment's name, or "(none)".</param>
    /// <param name="to">The later segment's name, or "(none)".</param>
    /// <returns>The count in that cell.</returns>
    /// <exception cref="SegmentationException">A name is neither a segment nor "(none)".</exception>
    public long this[string from, string to] => this[IndexOf(from), IndexOf(to)];

    /// <summary>Gets the label of a matrix row or column.</summary>
    /// <param name="index">A segment index, or <see cref="NoneIndex"/>.</param>
    /// <returns>The segment's name, or "(none)".</returns>
    public string LabelOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, NoneIndex);
        return index == NoneIndex ? AnalyticsDefaults.NoneLabel : SegmentNames[index];
    }

    private int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.Equals(name, AnalyticsDefaults.NoneLabel, StringComparison.Ordinal))
        {
            return NoneIndex;
        }

        for (var i = 0; i < SegmentNames.Count; i++)
        {
            if (string.Equals(SegmentNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new SegmentationException($"The migration has no segment named '{name}'. Use a segment name or '{AnalyticsDefaults.NoneLabel}'.", name);
    }
}
