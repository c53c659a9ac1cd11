using Segmentation.Evaluation;

namespace Segmentation.Analytics;

/// <summary>
/// Accumulates revenues overall and per segment for a <see cref="ConcentrationReport"/>.
/// </summary>
/// <remarks>
/// Exact concentration needs every revenue sorted, so the builder keeps one decimal per customer
/// overall plus one per customer and segment they are in: memory grows with the customers (and,
/// for overlapping sets, with their memberships). Not thread-safe.
/// </remarks>
public sealed class ConcentrationBuilder
{
    private readonly string[] _names;
    private readonly ConcentrationOptions _options;
    private readonly RevenueBuffer _overall = new();
    private readonly RevenueBuffer[] _segments;
    private long _customers;

    /// <summary>Creates a builder for a segment set.</summary>
    /// <param name="segmentNames">The segment names in index order; unique and non-empty.</param>
    /// <param name="options">What to report; <see langword="null"/> for the defaults.</param>
    /// <exception cref="SegmentationException">The names or the options are invalid.</exception>
    public ConcentrationBuilder(IReadOnlyList<string> segmentNames, ConcentrationOptions? options = null)
    {
        _names = SegmentNames.Validate(segmentNames, nameof(segmentNames));
        _options = options ?? ConcentrationOptions.Default;
        _options.Validate();
        _segments = new RevenueBuffer[_names.Length];
        for (var i = 0; i < _segments.Length; i++)
        {
            _segments[i] = new RevenueBuffer();
        }
    }

    /// <summary>Adds a customer who is in one segment.</summary>
    /// <param name="segmentIndex">The customer's segment index.</param>
    /// <param name="revenue">The customer's revenue.</param>
    /// <exception cref="SegmentationException">The index is outside the set, or the revenue is negative under <see cref="NegativeRevenueHandling.Reject"/>.</exception>
    public void Add(int segmentIndex, decimal revenue)
    {
        if ((uint)segmentIndex >= (uint)_names.Length)
        {
            SegmentNames.ThrowIndexOutOfRange(segmentIndex, _names.Length);
        }

        _overall.Add(revenue, _options.NegativeRevenue, _customers, "the population");
        _segments[segmentIndex].Add(revenue, _options.NegativeRevenue, _customers, _names[segmentIndex]);
        _customers++;
    }

    /// <summary>Adds a customer with the set of segments they are in, possibly none.</summary>
    /// <param name="segments">The customer's segments.</param>
    /// <param name="revenue">The customer's revenue.</param>
    /// <exception cref="SegmentationException">An index is outside the set, or the revenue is negative under <see cref="NegativeRevenueHandling.Reject"/>.</exception>
    public void Add(SegmentMembership segments, decimal revenue)
    {
        if (segments.MaxIndex >= _names.Length)
        {
            SegmentNames.ThrowIndexOutOfRange(segments.MaxIndex, _names.Length);
        }

        _overall.Add(revenue, _options.NegativeRevenue, _customers, "the population");
        foreach (var index in segments)
        {
            _segments[index].Add(revenue, _options.NegativeRevenue, _customers, _names[index]);
        }

        _customers++;
    }

    /// <summary>Computes the report from the customers added so far (it sorts the kept revenues in place).</summary>
    /// <returns>The concentration overall and per segment.</returns>
    public ConcentrationReport Build()
    {
        var segments = new SegmentConcentration[_names.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = new SegmentConcentration(i, _names[i], ConcentrationCalculator.Compute(_segments[i], _options));
        }

        return new ConcentrationReport(ConcentrationCalculator.Compute(_overall, _options), segments);
    }
}
