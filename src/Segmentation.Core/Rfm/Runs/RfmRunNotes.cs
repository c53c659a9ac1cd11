using System.Globalization;
using System.Text;
using Segmentation.Privacy;

namespace Segmentation.Rfm;

/// <summary>
/// Says why a score or a segment of a run holds no customer. An empty row otherwise looks like a
/// bug; on CDNOW, half of the customers bought once, so the quantile cut points of frequency are
/// [1, 1, 2, 4] and F = 2 can never be assigned.
/// </summary>
/// <remarks>
/// The notes obey the run's small-cell rule, through the decisions already made for its tables
/// (<see cref="RfmRun.Suppressed"/>), so they state nothing the tables hide:
/// a population below the rule gets one sentence instead of the notes (its tables show nothing);
/// quantile cut points, which are the values of the customers around them, only for a dimension
/// whose bands are all shown; a count of customers only when it is the sum of shown bands; and
/// where those customers are on the other scores only when the R-by-F heatmap shows it (its empty
/// cells are shown), never for M, which no published table crosses with R or F.
/// </remarks>
internal static class RfmRunNotes
{
    private static readonly string[] Letters = ["R", "F", "M"];
    private static readonly string[] Units = ["recency (days since the last order)", "frequency (orders)", "monetary value"];
    private static readonly int[] Groupings = [RfmRunGroupings.Recency, RfmRunGroupings.Frequency, RfmRunGroupings.Monetary];
    private const int MonetaryDimension = 2;

    public static IReadOnlyList<string> Of(RfmRun run)
    {
        var hidden = run.Suppressed;
        if (hidden.IsPopulationSuppressed)
        {
            return [string.Create(CultureInfo.InvariantCulture, $"Empty scores and segments are not explained: the run has fewer than {run.Suppression.MinGroupSize} customers, so none of its groups is shown (small-cell suppression).")];
        }

        var scores = run.Scores;
        var bins = scores.Bins;
        var dimensions = new[] { scores.Recency, scores.Frequency, scores.Monetary };
        var notes = new List<string>();
        for (var d = 0; d < 3; d++)
        {
            // Quantile cut points are interpolated between customers' values: only beside bands of k or more.
            var cutsShown = scores.Method != RfmMethod.Quantile || !AnyBandHidden(hidden, d, bins);
            for (var score = 1; score <= bins; score++)
            {
                if (dimensions[d].Counts[score - 1] == 0)
                {
                    notes.Add(EmptyScore(d, score, bins, scores.Method, dimensions[d].CutPoints, cutsShown));
                }
            }
        }

        // Customers per segment from the cells (no pass over the customers beyond the cell counts).
        var cube = CellCounts(run);
        var perSegment = new long[run.SegmentNames.Count];
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                for (var m = 1; m <= bins; m++)
                {
                    perSegment[run.Table.SegmentOf(r, f, m)] += cube[r, f, m];
                }
            }
        }

        // The map's segments only: a fallback with no customers just means the map covers every cell.
        for (var segment = 0; segment < run.Table.Definitions.Count; segment++)
        {
            if (perSegment[segment] == 0)
            {
                notes.Add(EmptySegment(run, segment, cube, dimensions, hidden));
            }
        }

        return notes;
    }

    private static bool AnyBandHidden(SuppressedGroups hidden, int d, int bins) =>
        Enumerable.Range(0, bins).Any(s => hidden.Hides(Groupings[d], s));

    private static string EmptyScore(int d, int score, int bins, RfmMethod method, IReadOnlyList<double> cuts, bool cutsShown)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{Letters[d]} score {score} is empty");

        // F and M: score s holds c(s-1) < v <= c(s). R counts down: score s holds c(n-s) < v <= c(n-s+1).
        var upper = d == 0 ? bins - score + 1 : score;
        if (method == RfmMethod.Ntile)
        {
            return $"{name}: there are fewer customers than the {bins} groups of ntile scoring.";
        }

        if (upper >= 2 && upper <= bins - 1 && cuts[upper - 2] == cuts[upper - 1])
        {
            if (!cutsShown)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name}: the quantile cut points {upper - 1} and {upper} of {Units[d]} are equal, because so many customers share that value; equal values share a score, so no customer can get {score}. Ntile scoring gives every score customers, or use fewer bins. (The value is not shown: a band of {Letters[d]} is suppressed.)");
            }

            var value = Text(cuts[upper - 1]);
            return method == RfmMethod.Quantile
                ? string.Create(CultureInfo.InvariantCulture, $"{name}: the quantile cut points {upper - 1} and {upper} of {Units[d]} are both {value}, because so many customers share that value; equal values share a score, so no customer can get {score}. Ntile scoring gives every score customers, or use fewer bins.")
                : string.Create(CultureInfo.InvariantCulture, $"{name}: the thresholds {upper - 1} and {upper} of {Units[d]} are both {value}, so no value lies between them.");
        }

        return cutsShown
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: no customer's {Units[d]} lies in its range ({Range(cuts, upper, bins)}).")
            : $"{name}: no customer's {Units[d]} lies between its quantile cut points (not shown: a band of {Letters[d]} is suppressed).";
    }

    private static string EmptySegment(RfmRun run, int segment, long[,,] cube, RfmDimensionResult[] dimensions, SuppressedGroups hidden)
    {
        var bins = run.Scores.Bins;
        var name = run.SegmentNames[segment];

        // The score values of the cells the segment takes, per dimension.
        var sets = new[] { new SortedSet<int>(), new SortedSet<int>(), new SortedSet<int>() };
        var cells = 0;
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                for (var m = 1; m <= bins; m++)
                {
                    if (run.Table.SegmentOf(r, f, m) == segment)
                    {
                        cells++;
                        sets[0].Add(r);
                        sets[1].Add(f);
                        sets[2].Add(m);
                    }
                }
            }
        }

        if (cells == 0)
        {
            return $"{name} is empty: earlier segments of the map take every score cell it describes (first match wins).";
        }

        var restricted = Enumerable.Range(0, 3).Where(d => sets[d].Count < bins).ToArray();
        var box = cells == sets[0].Count * sets[1].Count * sets[2].Count;
        if (!box || restricted.Length == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} is empty: no customer has any of the {cells} score combinations it takes.");
        }

        var takes = string.Join(" with ", restricted.Select(d => Letters[d] + " " + Scores(sets[d])));
        foreach (var d in restricted)
        {
            if (sets[d].All(s => dimensions[d].Counts[s - 1] == 0))
            {
                return $"{name} is empty: it takes {takes}, and {Letters[d]} {Scores(sets[d])} is empty (see above).";
            }
        }

        if (restricted.Length == 1)
        {
            return $"{name} is empty: it takes {takes}.";
        }

        // The restricted dimension with the most customers, and where those customers are on the others.
        // Under suppression chosen from shown bands only: the choice must not compare hidden counts.
        bool Shown(int d) => !sets[d].Any(s => hidden.Hides(Groupings[d], s - 1));
        var anchor = restricted.OrderByDescending(d => Shown(d) ? sets[d].Sum(s => dimensions[d].Counts[s - 1]) : -1).First();
        var inAnchor = sets[anchor].Sum(s => dimensions[anchor].Counts[s - 1]);
        var elsewhere = restricted.Where(d => d != anchor)
            .Select(d => Letters[d] + " " + Scores(Observed(cube, bins, anchor, sets[anchor], d)));
        var start = $"{name} is empty: it takes {takes}, and no customer has both";
        if (!run.Suppression.IsEnabled)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{start}: the {inAnchor:N0} customers with {Letters[anchor]} {Scores(sets[anchor])} all have {string.Join(" and ", elsewhere)}.");
        }

        // The places only as the heatmap's empty cells show them; the count only as the sum of shown bands.
        if (restricted.Contains(MonetaryDimension))
        {
            return start + ".";
        }

        var count = Shown(anchor) ? inAnchor.ToString("N0", CultureInfo.InvariantCulture) + " " : string.Empty;
        return $"{start}: the {count}customers with {Letters[anchor]} {Scores(sets[anchor])} all have {string.Join(" and ", elsewhere)}.";
    }

    // The scores of dimension `other` held by customers whose `anchor` score is in `set`.
    private static SortedSet<int> Observed(long[,,] cube, int bins, int anchor, SortedSet<int> set, int other)
    {
        var seen = new SortedSet<int>();
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                for (var m = 1; m <= bins; m++)
                {
                    int[] cell = [r, f, m];
                    if (cube[r, f, m] > 0 && set.Contains(cell[anchor]))
                    {
                        seen.Add(cell[other]);
                    }
                }
            }
        }

        return seen;
    }

    private static long[,,] CellCounts(RfmRun run)
    {
        var bins = run.Scores.Bins;
        var cube = new long[bins + 1, bins + 1, bins + 1];
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var m = run.Scores.MonetaryScores.Span;
        for (var i = 0; i < r.Length; i++)
        {
            cube[r[i], f[i], m[i]]++;
        }

        return cube;
    }

    // "1–3" for a run of consecutive scores, "1, 3" otherwise.
    private static string Scores(SortedSet<int> scores)
    {
        if (scores.Count == 0)
        {
            return "(none)";
        }

        var consecutive = scores.Max - scores.Min + 1 == scores.Count;
        return consecutive && scores.Count > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{scores.Min}–{scores.Max}")
            : string.Join(", ", scores.Select(s => s.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Range(IReadOnlyList<double> cuts, int upper, int bins)
    {
        var text = new StringBuilder();
        text.Append(upper >= 2 ? "above " + Text(cuts[upper - 2]) : "any value");
        if (upper <= bins - 1)
        {
            text.Append(upper >= 2 ? ", up to " : " up to ").Append(Text(cuts[upper - 1]));
        }

        return text.ToString();
    }

    private static string Text(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
