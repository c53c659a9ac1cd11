using Segmentation.Privacy;

namespace Segmentation.Rfm;

/// <summary>
/// The figures of an <see cref="RfmRun"/> that a report draws beyond the segment table: each
/// segment's meaning, suggested action and medians, the customers and value range of every score,
/// the distribution of order counts and a sample for a recency-by-monetary scatter.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Obtain it from <see cref="RfmRun.Figures"/>.</remarks>
public sealed class RfmRunFigures
{
    /// <summary>The last bin of <see cref="OrderCounts"/>: customers with this many orders or more.</summary>
    public const int OrderCountCap = 10;

    /// <summary>The most customers in <see cref="RecencyMonetary"/>.</summary>
    public const int MaxSamplePoints = 1000;

    private RfmRunFigures(
        IReadOnlyList<RfmSegmentFigures> segments,
        IReadOnlyList<RfmScoreBand> recency,
        IReadOnlyList<RfmScoreBand> frequency,
        IReadOnlyList<RfmScoreBand> monetary,
        IReadOnlyList<long> orderCounts,
        IReadOnlyList<bool> orderCountsSuppressed,
        IReadOnlyList<RfmHeatmapCell> heatmap,
        IReadOnlyList<RfmRecencyMonetaryPoint> sample)
    {
        OrderCountsSuppressed = orderCountsSuppressed;
        Heatmap = heatmap;
        Segments = segments;
        RecencyBands = recency;
        FrequencyBands = frequency;
        MonetaryBands = monetary;
        OrderCounts = orderCounts;
        RecencyMonetary = sample;
    }

    /// <summary>Gets every segment of the run in <see cref="RfmRun.SegmentNames"/> order, empty ones included.</summary>
    /// <value>One entry per segment name.</value>
    public IReadOnlyList<RfmSegmentFigures> Segments { get; }

    /// <summary>Gets the recency scores 1..n: customers and days since the last order (score n is the most recent).</summary>
    /// <value>One band per score, lowest score first.</value>
    public IReadOnlyList<RfmScoreBand> RecencyBands { get; }

    /// <summary>Gets the frequency scores 1..n: customers and numbers of orders.</summary>
    /// <value>One band per score, lowest score first.</value>
    public IReadOnlyList<RfmScoreBand> FrequencyBands { get; }

    /// <summary>Gets the monetary scores 1..n: customers and monetary values.</summary>
    /// <value>One band per score, lowest score first.</value>
    public IReadOnlyList<RfmScoreBand> MonetaryBands { get; }

    /// <summary>Gets the distribution of order counts: element i counts the customers with i + 1 orders.</summary>
    /// <value><see cref="OrderCountCap"/> elements; the last counts customers with <see cref="OrderCountCap"/> orders or more.</value>
    public IReadOnlyList<long> OrderCounts { get; }

    /// <summary>Gets which elements of <see cref="OrderCounts"/> are suppressed (and zero): small groups, and those hidden so totals cannot give them back.</summary>
    /// <value>One flag per element of <see cref="OrderCounts"/>; all <see langword="false"/> when <see cref="RfmRun.Suppression"/> is off.</value>
    public IReadOnlyList<bool> OrderCountsSuppressed { get; }

    /// <summary>Gets the recency-by-frequency grid: customers and mean monetary sum per cell.</summary>
    /// <value>Bins × bins cells, recency 1 first, frequency 1 first within it; suppressed cells have no figures.</value>
    public IReadOnlyList<RfmHeatmapCell> Heatmap { get; }

    /// <summary>Gets a sample of customers for a recency-by-monetary scatter.</summary>
    /// <value>
    /// All customers when there are at most <see cref="MaxSamplePoints"/>, otherwise
    /// <see cref="MaxSamplePoints"/> customers evenly spaced in the run's order (ordinal id order),
    /// so the same run gives the same sample. Empty while <see cref="RfmRun.Suppression"/> is on:
    /// each point is one customer.
    /// </value>
    public IReadOnlyList<RfmRecencyMonetaryPoint> RecencyMonetary { get; }

    internal static RfmRunFigures Of(RfmRun run)
    {
        var recency = run.Aggregates.RecencyArray;
        var frequency = run.Aggregates.FrequencyArray;
        var monetary = MonetaryValues(run);
        var scores = run.Scores;

        var orderCounts = new long[OrderCountCap];
        foreach (var orders in frequency)
        {
            orderCounts[Math.Clamp(orders, 1, OrderCountCap) - 1]++;
        }

        var hidden = run.Suppressed;
        var orderCountsSuppressed = new bool[OrderCountCap];
        for (var k = 0; k < OrderCountCap; k++)
        {
            orderCountsSuppressed[k] = hidden.Hides(RfmRunGroupings.OrderCount, k);
            orderCounts[k] = orderCountsSuppressed[k] ? 0 : orderCounts[k];
        }

        var count = run.Count;
        var size = run.Suppression.IsEnabled ? 0 : Math.Min(count, MaxSamplePoints);
        var sample = new RfmRecencyMonetaryPoint[size];
        for (var k = 0; k < size; k++)
        {
            var i = (int)((long)k * count / size);
            sample[k] = new(recency[i], monetary[i]);
        }

        return new RfmRunFigures(
            SegmentFigures(run, recency, frequency, monetary),
            Bands(scores.RecencyScores.Span, scores.Bins, recency, monetary, hidden, RfmRunGroupings.Recency),
            Bands(scores.FrequencyScores.Span, scores.Bins, frequency, monetary, hidden, RfmRunGroupings.Frequency),
            Bands(scores.MonetaryScores.Span, scores.Bins, monetary, monetary, hidden, RfmRunGroupings.Monetary),
            orderCounts,
            orderCountsSuppressed,
            HeatmapOf(run, hidden),
            sample);
    }

    /// <summary>The values the M score was computed from: the sum, or the mean order value.</summary>
    internal static decimal[] MonetaryValues(RfmRun run)
    {
        var sums = run.Aggregates.MonetaryArray;
        if (run.MonetaryMode != RfmMonetaryMode.MeanOrderValue)
        {
            return sums;
        }

        var frequency = run.Aggregates.FrequencyArray;
        var means = new decimal[sums.Length];
        for (var i = 0; i < means.Length; i++)
        {
            means[i] = frequency[i] == 0 ? 0m : sums[i] / frequency[i];
        }

        return means;
    }

    private static RfmSegmentFigures[] SegmentFigures(RfmRun run, int[] recency, int[] frequency, decimal[] monetary)
    {
        var groups = Groups.By(run.SegmentArray, run.SegmentNames.Count);
        var definitions = run.Table.Definitions;
        var result = new RfmSegmentFigures[run.SegmentNames.Count];
        for (var s = 0; s < result.Length; s++)
        {
            var members = groups.Members(s);
            var definition = s < definitions.Count ? definitions[s] : null;
            if (run.Suppressed.Hides(RfmRunGroupings.Segment, s))
            {
                result[s] = new RfmSegmentFigures(run.SegmentNames[s], definition?.Description, definition?.Action, 0, null, null, null) { IsSuppressed = true };
                continue;
            }

            result[s] = new RfmSegmentFigures(
                run.SegmentNames[s],
                definition?.Description,
                definition?.Action,
                members.Length,
                Medians.Of(members, recency),
                Medians.Of(members, frequency),
                Medians.Of(members, monetary));
        }

        return result;
    }

    private static RfmHeatmapCell[] HeatmapOf(RfmRun run, SuppressedGroups hidden)
    {
        var bins = run.Scores.Bins;
        var counts = new long[bins * bins];
        var sums = new decimal[bins * bins];
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var monetary = run.Aggregates.MonetaryArray;
        for (var i = 0; i < r.Length; i++)
        {
            var cell = ((r[i] - 1) * bins) + f[i] - 1;
            counts[cell]++;
            sums[cell] += monetary[i];
        }

        var cells = new RfmHeatmapCell[bins * bins];
        for (var cell = 0; cell < cells.Length; cell++)
        {
            var recency = (cell / bins) + 1;
            var frequency = (cell % bins) + 1;
            cells[cell] = hidden.Hides(RfmRunGroupings.RecencyFrequency, cell)
                ? new RfmHeatmapCell(recency, frequency, 0, null) { IsSuppressed = true }
                : new RfmHeatmapCell(recency, frequency, counts[cell], counts[cell] == 0 ? null : sums[cell] / counts[cell]);
        }

        return cells;
    }

    private static RfmScoreBand[] Bands<TValue>(ReadOnlySpan<byte> scores, int bins, TValue[] values, decimal[] monetary, SuppressedGroups hidden, int grouping)
        where TValue : struct, IComparable<TValue>
    {
        var groups = Groups.By(scores, bins + 1);
        var bands = new RfmScoreBand[bins];
        for (var score = 1; score <= bins; score++)
        {
            var members = groups.Members(score);
            if (hidden.Hides(grouping, score - 1))
            {
                bands[score - 1] = new RfmScoreBand(score, 0, null, null, null) { IsSuppressed = true };
                continue;
            }

            decimal? lowest = null, highest = null;

            // A group's extremes are single customers' values (the top spender's sum): not shown under suppression.
            if (members.Length > 0 && !hidden.Rule.IsEnabled)
            {
                var low = values[members[0]];
                var high = low;
                foreach (var i in members)
                {
                    low = values[i].CompareTo(low) < 0 ? values[i] : low;
                    high = values[i].CompareTo(high) > 0 ? values[i] : high;
                }

                lowest = Convert.ToDecimal(low, System.Globalization.CultureInfo.InvariantCulture);
                highest = Convert.ToDecimal(high, System.Globalization.CultureInfo.InvariantCulture);
            }

            bands[score - 1] = new RfmScoreBand(score, members.Length, lowest, highest, Medians.Of(members, monetary));
        }

        return bands;
    }
}
