using System.Globalization;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Privacy;

namespace Segmentation.Analytics;

/// <summary>
/// Accumulates a <see cref="SegmentReport"/> one customer at a time, in memory proportional to the
/// number of segments (one accumulator per segment), never to the number of customers.
/// </summary>
/// <remarks>
/// Feed every customer of the population once, including, in all-matches mode, customers in no
/// segment (pass <see cref="SegmentMembership.Empty"/>): they count in the population that the shares
/// are relative to. The builder is not thread-safe; use one per thread and merge nothing.
/// </remarks>
public sealed partial class SegmentReportBuilder
{
    private readonly string[] _names;
    private readonly Accumulator[] _segments;
    private Accumulator _population;
    private SmallCellSuppression _suppression = SmallCellSuppression.Default;

    /// <summary>Creates a builder for a segment set.</summary>
    /// <param name="segmentNames">The segment names in index order, the fallback segment included; unique and non-empty.</param>
    /// <param name="mode">Whether each customer is in exactly one segment or in any number of them.</param>
    /// <exception cref="SegmentationException">The names are empty, blank or repeated.</exception>
    public SegmentReportBuilder(IReadOnlyList<string> segmentNames, SegmentSetMode mode)
    {
        _names = SegmentNames.Validate(segmentNames, nameof(segmentNames));
        if (mode is not (SegmentSetMode.FirstMatch or SegmentSetMode.AllMatches))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Pick FirstMatch or AllMatches.");
        }

        Mode = mode;
        _segments = new Accumulator[_names.Length];
    }

    /// <summary>Gets how customers belong to the segments.</summary>
    /// <value>The mode given to the constructor.</value>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets or sets the small-cell rule the report applies.</summary>
    /// <value>The default value is <see cref="SmallCellSuppression.Default"/>: segments of fewer than 5 customers are suppressed. Use <see cref="SmallCellSuppression.Off"/> for internal use.</value>
    public SmallCellSuppression Suppression
    {
        get => _suppression;
        set => _suppression = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the number of customers added so far.</summary>
    /// <value>Zero or more.</value>
    public long Customers => _population.Customers;

    /// <summary>Adds a customer who is in one segment.</summary>
    /// <param name="segmentIndex">The customer's segment index.</param>
    /// <param name="metrics">The customer's orders, revenue and recency.</param>
    /// <exception cref="SegmentationException">The index is outside the set, or the metrics are invalid.</exception>
    public void Add(int segmentIndex, CustomerMetrics metrics)
    {
        if ((uint)segmentIndex >= (uint)_names.Length)
        {
            SegmentNames.ThrowIndexOutOfRange(segmentIndex, _names.Length);
        }

        Validate(metrics);
        _population.Add(metrics);
        _segments[segmentIndex].Add(metrics);
    }

    /// <summary>Adds a customer with the set of segments they are in.</summary>
    /// <param name="segments">The customer's segments; in first-match mode exactly one.</param>
    /// <param name="metrics">The customer's orders, revenue and recency.</param>
    /// <exception cref="SegmentationException">An index is outside the set, the membership does not hold exactly one segment in first-match mode, or the metrics are invalid.</exception>
    public void Add(SegmentMembership segments, CustomerMetrics metrics)
    {
        if (segments.MaxIndex >= _names.Length)
        {
            SegmentNames.ThrowIndexOutOfRange(segments.MaxIndex, _names.Length);
        }

        if (Mode == SegmentSetMode.FirstMatch && segments.Count != 1)
        {
            ThrowNotExclusive(segments);
        }

        Validate(metrics);
        _population.Add(metrics);
        foreach (var index in segments)
        {
            _segments[index].Add(metrics);
        }
    }

    /// <summary>Creates the report from the customers added so far; the builder can go on accumulating.</summary>
    /// <returns>The immutable report, rows ranked by revenue share.</returns>
    public SegmentReport Build() => new(Mode, _names, _segments, _population, Suppression);

    internal SegmentReport Build(SmallCellSuppression suppression, IReadOnlyList<bool> suppressed) => new(Mode, _names, _segments, _population, suppression, suppressed);

    private static void Validate(CustomerMetrics metrics)
    {
        if (metrics.Orders < 0 || metrics.RecencyDays is < 0 or double.NaN or double.PositiveInfinity)
        {
            ThrowInvalid(metrics);
        }
    }

    private static void ThrowInvalid(CustomerMetrics metrics) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"Customer metrics {metrics} are invalid: orders must be zero or more and recency a finite number of days, zero or more (null when the customer never ordered)."),
            "metrics");

    private static void ThrowNotExclusive(SegmentMembership segments) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"In FirstMatch mode every customer is in exactly one segment, but a customer came with segments {segments}. Use SegmentSetMode.AllMatches for all-matches sets."),
            "segments");
}
