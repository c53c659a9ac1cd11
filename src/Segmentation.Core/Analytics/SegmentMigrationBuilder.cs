using System.Globalization;
using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>
/// Accumulates a <see cref="SegmentMigrationSummary"/> one customer at a time, in memory bounded by
/// the number of segments (a (segments + 1)² matrix), never by the number of customers.
/// </summary>
/// <remarks>Both runs must use the same segment set (same names, same indices). Not thread-safe.</remarks>
public sealed class SegmentMigrationBuilder
{
    private readonly string[] _names;
    private readonly long[] _matrix;
    private readonly long[] _entered;
    private readonly long[] _exited;
    private readonly long[] _stayed;
    private readonly SegmentMembership _noneMask;
    private long _earlier;
    private long _later;
    private long _both;
    private long _changed;

    /// <summary>Creates a builder for a segment set.</summary>
    /// <param name="segmentNames">The segment names in index order; unique, non-empty, and not "(none)".</param>
    /// <exception cref="SegmentationException">The names are invalid.</exception>
    public SegmentMigrationBuilder(IReadOnlyList<string> segmentNames)
    {
        _names = SegmentNames.Validate(segmentNames, nameof(segmentNames));
        var none = Array.IndexOf(_names, AnalyticsDefaults.NoneLabel);
        if (none >= 0)
        {
            throw new SegmentationException(
                $"Segment {none} is named '{AnalyticsDefaults.NoneLabel}', the label a migration gives to customers in no segment. Rename the segment.",
                string.Create(CultureInfo.InvariantCulture, $"{nameof(segmentNames)}[{none}]"));
        }

        var size = _names.Length + 1;
        _matrix = new long[size * size];
        _entered = new long[_names.Length];
        _exited = new long[_names.Length];
        _stayed = new long[_names.Length];
        _noneMask = SegmentMembership.Single(_names.Length);
    }

    /// <summary>Adds one customer's segments in both runs.</summary>
    /// <typeparam name="TKey">The customer id.</typeparam>
    /// <param name="customer">The customer's segments before and after.</param>
    /// <exception cref="SegmentationException">The customer is in neither run, is in no run but has segments, or an index is outside the set.</exception>
    public void Add<TKey>(in CustomerMigration<TKey> customer)
        where TKey : notnull
    {
        Check(customer);
        var none = _names.Length;
        var size = none + 1;
        var earlier = customer.Earlier;
        var later = customer.Later;

        // A cell counts the customers in row segment before and column segment after; "(none)"
        // stands in for an empty side, so each customer lands in |before| x |after| cells (1 when exclusive).
        foreach (var from in earlier.IsEmpty ? _noneMask : earlier)
        {
            foreach (var to in later.IsEmpty ? _noneMask : later)
            {
                _matrix[(from * size) + to]++;
            }
        }

        foreach (var s in earlier)
        {
            (later.Contains(s) ? _stayed : _exited)[s]++;
        }

        foreach (var s in later)
        {
            if (!earlier.Contains(s))
            {
                _entered[s]++;
            }
        }

        _earlier += customer.InEarlierRun ? 1 : 0;
        _later += customer.InLaterRun ? 1 : 0;
        _both += customer.InEarlierRun && customer.InLaterRun ? 1 : 0;
        _changed += customer.Changed ? 1 : 0;
    }

    /// <summary>Creates the summary of the customers added so far; the builder can go on accumulating.</summary>
    /// <returns>The immutable summary.</returns>
    public SegmentMigrationSummary Build()
    {
        var flows = new SegmentFlow[_names.Length];
        for (var s = 0; s < flows.Length; s++)
        {
            flows[s] = new SegmentFlow(s, _names[s], _stayed[s] + _exited[s], _stayed[s] + _entered[s], _entered[s], _exited[s], _stayed[s]);
        }

        return new SegmentMigrationSummary(_names, (long[])_matrix.Clone(), flows, _earlier, _later, _both, _changed);
    }

    private void Check<TKey>(in CustomerMigration<TKey> customer)
        where TKey : notnull
    {
        var id = customer.CustomerId;
        if (!customer.InEarlierRun && !customer.InLaterRun)
        {
            throw new SegmentationException($"Customer '{SegmentNames.FormatId(id)}' is in neither run. Add only customers that at least one run has.", SegmentNames.FormatId(id));
        }

        if ((!customer.InEarlierRun && !customer.Earlier.IsEmpty) || (!customer.InLaterRun && !customer.Later.IsEmpty))
        {
            throw new SegmentationException($"Customer '{SegmentNames.FormatId(id)}' has segments in a run it is absent from. Pass an empty mask for a run that lacks the customer.", SegmentNames.FormatId(id));
        }

        var max = Math.Max(customer.Earlier.MaxIndex, customer.Later.MaxIndex);
        if (max >= _names.Length)
        {
            SegmentNames.ThrowIndexOutOfRange(max, _names.Length);
        }
    }
}
