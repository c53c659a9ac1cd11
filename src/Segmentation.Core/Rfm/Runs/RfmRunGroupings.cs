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

    /// <summary>
    /// Which cells of the migration matrix from <paramref name="earlier"/> to <paramref name="later"/>
    /// to hide (rows earlier segment, columns later, <paramref name="none"/> for "in one snapshot
    /// only"). A column's total is the later run's segment count, published in its report: the
    /// segments that report hides stay hidden here, and the ones it shows are never hidden here.
    /// Fewer than k customers in all hide every cell, empty ones too: which cells are empty would
    /// say where each of them moved.
    /// </summary>
    public static Func<int, int, bool> SuppressMigration(RfmRun earlier, RfmRun later, int none)
    {
        var rule = later.Suppression;
        if (!rule.IsEnabled)
        {
            return static (_, _) => false;
        }

        var cells = new Dictionary<string, (int From, int To)>(StringComparer.Ordinal);
        var earlierIds = earlier.Aggregates.CustomerIdArray!;
        for (var i = 0; i < earlierIds.Length; i++)
        {
            cells[earlierIds[i]] = (earlier.SegmentArray[i], none);
        }

        var laterIds = later.Aggregates.CustomerIdArray!;
        for (var i = 0; i < laterIds.Length; i++)
        {
            cells[laterIds[i]] = (cells.TryGetValue(laterIds[i], out var c) ? c.From : none, later.SegmentArray[i]);
        }

        var size = none + 1;
        var to = cells.Values.Select(c => c.To).ToArray();
        var from = cells.Values.Select(c => c.From).ToArray();
        var cell = cells.Values.Select(c => (c.From * size) + c.To).ToArray();
        var published = later.Suppressed;
        var groups = SuppressionSolver.FromCustomers(rule, new ReadOnlyMemory<int>[] { to, from, cell })
            .Given(
                hidden: (g, key) => g == 0 && key < none && published.Hides(Segment, key),
                shown: (g, key) => g == 0 && key < none && !published.Hides(Segment, key))
            .Solve();
        if (groups.IsPopulationSuppressed || published.IsPopulationSuppressed)
        {
            return static (_, _) => true;
        }

        return (f, t) => groups.IsSuppressed(2, (f * size) + t);
    }

    /// <summary>
    /// Tells whether a group is suppressed; with the rule off nothing is. A population below the
    /// rule hides every group, empty ones too, as its segment table does: which bands are empty
    /// describes the few customers in the others (all three bought once).
    /// </summary>
    public static bool Hides(this SuppressedGroups groups, int grouping, int key) =>
        grouping < groups.GroupingCount && (groups.IsPopulationSuppressed || groups.IsSuppressed(grouping, key));
}
