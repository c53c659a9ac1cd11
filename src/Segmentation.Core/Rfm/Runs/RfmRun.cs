using Segmentation.Analytics;
using Segmentation.Privacy;
using Segmentation.Rfm.Segments;

namespace Segmentation.Rfm;

/// <summary>
/// One RFM run: per-customer columns in ordinal customer id order, their scores, each customer's
/// named segment, and (computed on first access) the segment report and the revenue concentration.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class RfmRun
{
    private readonly int[] _segments;
    private readonly Lazy<SegmentReport> _report;
    private readonly Lazy<ConcentrationResult> _concentration;
    private readonly Lazy<RfmRunFigures> _figures;
    private readonly Lazy<IReadOnlyList<string>> _notes;
    private readonly Lazy<SuppressedGroups> _suppressed;

    internal RfmRun(RfmAggregates aggregates, RfmScoreResult scores, RfmSegmentTable table, int[] segments, RfmMonetaryMode monetaryMode, ConcentrationOptions concentration, SmallCellSuppression suppression)
    {
        Aggregates = aggregates;
        Scores = scores;
        SegmentNames = table.Names;
        Table = table;
        MonetaryMode = monetaryMode;
        _segments = segments;
        _report = new(CreateReport);
        // One rule for every figure of the run: the concentration takes the run's.
        _concentration = new(() => Analytics.Concentration.Analyze(aggregates.Monetary.Span, concentration.With(suppression)));
        _figures = new(() => RfmRunFigures.Of(this));
        _notes = new(() => RfmRunNotes.Of(this));
        Suppression = suppression;
        _suppressed = new(() => RfmRunGroupings.Suppress(this));
    }

    /// <summary>Gets the aggregated customers: recency, frequency, exact monetary sums and ids, in ordinal id order.</summary>
    /// <value>Position i of every column and of <see cref="Segments"/> is the same customer.</value>
    public RfmAggregates Aggregates { get; }

    /// <summary>Gets the scores with their cut points and counts.</summary>
    /// <value>One score per customer and dimension.</value>
    public RfmScoreResult Scores { get; }

    /// <summary>Gets the segment names; <see cref="Segments"/> holds indices into it.</summary>
    /// <value>The map's segments in order, then its fallback (not for the default map, an exact partition).</value>
    public IReadOnlyList<string> SegmentNames { get; }

    /// <summary>Gets each customer's segment, an index into <see cref="SegmentNames"/>.</summary>
    /// <value>One index per customer.</value>
    public ReadOnlyMemory<int> Segments => _segments;

    /// <summary>Gets the number of customers.</summary>
    /// <value>The length of every column.</value>
    public int Count => Aggregates.Count;

    /// <summary>Gets the date recency was measured to.</summary>
    /// <value>The given or default as-of date.</value>
    public DateOnly AsOf => Aggregates.AsOf!.Value;

    /// <summary>Gets the number of transaction lines the run aggregated.</summary>
    /// <value>As counted by the aggregation (<see cref="RfmAggregates.Transactions"/>).</value>
    public long Transactions => Aggregates.Transactions;

    /// <summary>Gets the segment report: customers, orders, revenue and recency per segment.</summary>
    /// <value>Computed on first access and kept.</value>
    public SegmentReport Report => _report.Value;

    /// <summary>Gets the revenue concentration (80/20, Lorenz curve, Gini) of the monetary sums, under the run's small-cell rule (<see cref="Suppression"/>, which replaces the one of <see cref="RfmRunOptions.Concentration"/>).</summary>
    /// <value>Computed on first access and kept; negative sums count as zero by default.</value>
    public ConcentrationResult Concentration => _concentration.Value;

    /// <summary>Gets the figures a report draws: per-segment medians, meanings and actions, the score bands, the order-count distribution and a recency-by-monetary sample.</summary>
    /// <value>Computed on first access and kept (the medians sort each segment's values once).</value>
    public RfmRunFigures Figures => _figures.Value;

    /// <summary>
    /// Gets one sentence per empty score or empty segment saying why it is empty, e.g. on CDNOW
    /// "F score 2 is empty: ..." (tied quantile cut points), so an empty row does not look like a bug.
    /// Under <see cref="Suppression"/> they state no count or cut point the run's tables hide, and a
    /// population below the rule gets one sentence saying the notes are withheld.
    /// </summary>
    /// <value>Empty when every score and segment has customers. Computed on first access (one pass) and kept.</value>
    public IReadOnlyList<string> Notes => _notes.Value;

    /// <summary>Gets the small-cell rule applied to <see cref="Report"/> and <see cref="Figures"/>.</summary>
    /// <value>From <see cref="RfmRunOptions.Suppression"/>.</value>
    public SmallCellSuppression Suppression { get; }

    internal int[] SegmentArray => _segments;

    /// <summary>The suppressed groups of the run's groupings (<see cref="RfmRunGroupings"/>), decided together.</summary>
    internal SuppressedGroups Suppressed => _suppressed.Value;

    internal RfmSegmentTable Table { get; }

    internal RfmMonetaryMode MonetaryMode { get; }

    private SegmentReport CreateReport()
    {
        var frequency = Aggregates.FrequencyArray;
        var recency = Aggregates.RecencyArray;
        var monetary = Aggregates.MonetaryArray;
        var metrics = new CustomerMetrics[Count];
        for (var i = 0; i < metrics.Length; i++)
        {
            metrics[i] = new CustomerMetrics(frequency[i], monetary[i], recency[i]);
        }

        var builder = new SegmentReportBuilder(SegmentNames, Definitions.SegmentSetMode.FirstMatch);
        for (var i = 0; i < metrics.Length; i++)
        {
            builder.Add(_segments[i], metrics[i]);
        }

        return builder.Build(Suppression, Suppressed.GroupingCount == 0 ? [] : Suppressed.Of(RfmRunGroupings.Segment));
    }
}
