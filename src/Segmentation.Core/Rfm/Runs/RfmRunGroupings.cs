using Segmentation.Privacy;

namespace Segmentation.Rfm;

/// <summary>
/// The groupings of customers that a run's report publishes, suppressed together: a heatmap cell
/// is part of an R band, a segment is a union of score cells, so a cell one table hides another
/// table's totals must not give back.
/// </summary>
internal static class RfmRunGroupings
{
    public const int Segment = 0;
    public const int Recency = 1;
    public const int Frequency = 2;
    public const int Monetary = 3;
    public const int RecencyFrequency = 4;
    public const int OrderCount = 5;

    public static SuppressedGroups Suppress(RfmRun run)
    {
        var rule = run.Suppression;
        if (!rule.IsEnabled)
        {
            return rule.Apply(Array.Empty<ReadOnlyMemory<int>>());
        }

        var n = run.Count;
        var bins = run.Scores.Bins;
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var m = run.Scores.MonetaryScores.Span;
        var frequency = run.Aggregates.FrequencyArray;
        var recency = new int[n];
        var freq = new int[n];
        var money = new int[n];
        var cell = new int[n];
        var orders = new int[n];
        for (var i = 0; i < n; i++)
        {
            recency[i] = r[i] - 1;
            freq[i] = f[i] - 1;
            money[i] = m[i] - 1;
            cell[i] = ((r[i] - 1) * bins) + f[i] - 1;
            orders[i] = Math.Clamp(frequency[i], 1, RfmRunFigures.OrderCountCap) - 1;
        }

        return rule.Apply(new ReadOnlyMemory<int>[] { run.SegmentArray, recency, freq, money, cell, orders });
    }

    /// <summary>Tells whether a group is suppressed; with the rule off nothing is.</summary>
    public static bool Hides(this SuppressedGroups groups, int grouping, int key) =>
        grouping < groups.GroupingCount && groups.IsSuppressed(grouping, key);
}
