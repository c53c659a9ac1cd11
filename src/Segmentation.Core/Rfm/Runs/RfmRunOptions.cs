using Segmentation.Analytics;
using Segmentation.Definitions;
using Segmentation.Privacy;

namespace Segmentation.Rfm;

/// <summary>How <see cref="RfmPipeline"/> runs: the as-of date, the scoring, the segment map and the concentration figures.</summary>
/// <remarks>Immutable once built with an object initializer; safe to share between threads.</remarks>
public sealed record RfmRunOptions
{
    /// <summary>Gets the date recency is measured to; a transaction after it is an error.</summary>
    /// <value>The default value is <see langword="null"/>: the day after the latest transaction. Ignored when the run starts from aggregates.</value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets how customers are scored.</summary>
    /// <value>The default value is <c>new RfmScoringOptions()</c>: 5 quantile bins of the monetary sum.</value>
    public RfmScoringOptions Scoring { get; init; } = new();

    /// <summary>
    /// Gets the map from scores to named segments: a first-match <see cref="SegmentSetDocument"/>
    /// over the score fields of <see cref="RfmProfile"/> (<c>r</c>, <c>f</c>, <c>m</c>,
    /// <c>rfmCode</c>, <c>frequencyMonetaryScore</c>) with a fallback name, evaluated at the scored
    /// number of bins.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: <see cref="Segments.RfmSegmentMaps.RecencyFrequency"/>,
    /// the map of the <c>segment</c> tool, with scores on other bin counts projected onto its 1–5 grid.
    /// </value>
    public SegmentSetDocument? SegmentMap { get; init; }

    /// <summary>Gets the options of <see cref="RfmRun.Concentration"/>.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: negative revenue counts as zero, top shares of
    /// 1%, 10% and 20% of customers, revenue targets of 50% and 80%, and 101 Lorenz points.
    /// </value>
    public ConcentrationOptions? Concentration { get; init; }

    /// <summary>
    /// Gets the small-cell rule of the run's figures: <see cref="RfmRun.Report"/>,
    /// <see cref="RfmRun.Figures"/> (segments, score bands, heatmap cells, order counts) are
    /// suppressed together, so no figure can be recovered from the others.
    /// </summary>
    /// <value>
    /// The default value is <see cref="SmallCellSuppression.Default"/>: groups of fewer than 5
    /// customers. <see cref="SmallCellSuppression.Off"/> shows everything, for internal use. The
    /// scores and segments of the customers themselves are never suppressed.
    /// </value>
    public SmallCellSuppression Suppression { get; init; } = SmallCellSuppression.Default;

    /// <summary>
    /// Gets the customers who must never appear: they are dropped before scoring, so they move no cut
    /// point, count in no figure and are in no output. From transactions, their rows are dropped
    /// before aggregation (the default as-of date and the transaction count are then without them
    /// too); from aggregates, their rows of the aggregates are dropped, and the aggregates' as-of date
    /// and transaction count stay as aggregated: leave them out of the query
    /// (<see cref="SuppressionList.Exclude{T}(IQueryable{T}, System.Linq.Expressions.Expression{Func{T, string}})"/>)
    /// to have those without them as well.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nobody is left out.</value>
    public SuppressionList? SuppressionList { get; init; }
}
