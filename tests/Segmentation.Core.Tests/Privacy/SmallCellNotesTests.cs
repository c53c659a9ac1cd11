using System.Globalization;
using System.Text.RegularExpressions;
using Segmentation.Privacy;
using Segmentation.Rfm;
using Segmentation.Tests.Rfm;

namespace Segmentation.Tests.Privacy;

/// <summary>
/// <see cref="RfmRun.Notes"/> obey the run's small-cell rule: no count of a hidden group, directly
/// or by difference, and no quantile cut point beside a hidden band or in a population below k.
/// </summary>
public sealed partial class SmallCellNotesTests
{
    private static readonly RfmRunOptions Open = new() { Suppression = SmallCellSuppression.Off };

    // K1..K7, one order each in months 1..7 (10 * i), and a second small order of K1 and K2 on July 15.
    private static RfmTransaction[] Seven() =>
    [
        .. Enumerable.Range(1, 7).Select(i => new RfmTransaction("K" + i, new DateTime(2024, i, 1), 10m * i)),
        new("K1", new DateTime(2024, 7, 15), 5m),
        new("K2", new DateTime(2024, 7, 15), 5m),
    ];

    private static RfmTransaction[] Three() =>
    [
        new("A", new DateTime(2024, 1, 1), 10m),
        new("B", new DateTime(2024, 2, 1), 20m),
        new("C", new DateTime(2024, 5, 1), 15m),
    ];

    [Fact]
    public void Notes_SevenCustomers_StateNoCountOfAHiddenBandAndNoCutPointBesideOne()
    {
        var run = RfmPipeline.Run(Seven(), null, CancellationToken.None);
        var open = RfmPipeline.Run(Seven(), Open, CancellationToken.None);

        // The leaks of the unsuppressed notes: 3 and 2 customers directly, 5 giving the other 2 back.
        Assert.Contains(open.Notes, n => n.Contains("the 3 customers with R 1–2 all have F 1", StringComparison.Ordinal));
        Assert.Contains(open.Notes, n => n.Contains("the 2 customers with R 3–4 all have F 1", StringComparison.Ordinal));
        Assert.Contains(open.Notes, n => n.Contains("the 5 customers with F 1 all have R 1–4", StringComparison.Ordinal));
        Assert.Contains(open.Notes, n => n.Contains("(above 1, up to 1.8)", StringComparison.Ordinal));

        Assert.True(run.Figures.FrequencyBands[0].IsSuppressed);
        Assert.Equal(open.Notes.Count, run.Notes.Count);
        Assert.DoesNotContain(run.Notes, n => CountRegex().IsMatch(n));
        Assert.DoesNotContain(run.Notes, n => n.Contains("1.8", StringComparison.Ordinal) || n.Contains("are both", StringComparison.Ordinal));
        Assert.Contains("Can't lose them is empty: it takes R 1–2 with F 5, and no customer has both: the customers with R 1–2 all have F 1.", run.Notes);
        Assert.Contains("F score 4 is empty: no customer's frequency (orders) lies between its quantile cut points (not shown: a band of F is suppressed).", run.Notes);
    }

    [Fact]
    public void Notes_ThreeCustomers_OneSentenceInsteadOfCutPointsAndEveryBandHidden()
    {
        var run = RfmPipeline.Run(Three(), null, CancellationToken.None);
        var open = RfmPipeline.Run(Three(), Open, CancellationToken.None);

        Assert.Contains("R score 2 is empty: no customer's recency (days since the last order) lies in its range (above 97.2, up to 109.6).", open.Notes);
        Assert.Contains("M score 2 is empty: no customer's monetary value lies in its range (above 12, up to 14).", open.Notes);
        Assert.Contains(open.Figures.OrderCounts, n => n == 0);

        Assert.True(run.Report.IsSuppressed);
        Assert.Equal(["Empty scores and segments are not explained: the run has fewer than 5 customers, so none of its groups is shown (small-cell suppression)."], run.Notes);

        // Which bands are empty would say that all three bought once: every group is hidden, as in the segment table.
        var figures = run.Figures;
        Assert.All(figures.RecencyBands.Concat(figures.FrequencyBands).Concat(figures.MonetaryBands), b => Assert.True(b.IsSuppressed, $"band {b.Score}"));
        Assert.All(figures.Heatmap, c => Assert.True(c.IsSuppressed));
        Assert.All(figures.OrderCountsSuppressed, Assert.True);
        Assert.All(figures.Segments, s => Assert.True(s.IsSuppressed, s.Name));
    }

    [Fact]
    public void Notes_LargeRunWithEveryBandShown_KeepTheirCountsAndCutPoints()
    {
        // 300 customers, half of them with one order: F 2 is empty by tied cut points, every band large.
        var transactions = Enumerable.Range(0, 300).SelectMany(i => Enumerable.Range(0, i % 2 == 0 ? 1 : 2 + (i % 5))
            .Select(k => new RfmTransaction("c" + i.ToString(CultureInfo.InvariantCulture), new DateTime(2024, 1 + (i % 12), 1 + k), 10m + (i % 37))));

        var run = RfmPipeline.Run(transactions, null, CancellationToken.None);
        var open = RfmPipeline.Run(transactions, Open, CancellationToken.None);

        Assert.DoesNotContain(run.Figures.FrequencyBands, b => b.IsSuppressed);
        Assert.Contains(run.Notes, n => n.StartsWith("F score 2 is empty: the quantile cut points 1 and 2 of frequency (orders) are both 1,", StringComparison.Ordinal));
        Assert.Equal(open.Notes.Where(n => !n.Contains(" M ", StringComparison.Ordinal)), run.Notes.Where(n => !n.Contains(" M ", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The attacker of <see cref="SmallCellReportTests"/>, given the notes too: every count a note
    /// states is a published group, and every "all have" clause publishes the empty groups it
    /// implies. With the unsuppressed notes beside the suppressed tables it recovers a hidden group;
    /// with the run's own notes, none.
    /// </summary>
    [Theory]
    [InlineData("seven", 0)]
    [InlineData("generated", 40)]
    [InlineData("generated", 90)]
    public void Notes_WithTheTables_GiveNoHiddenGroupBack(string data, int customers)
    {
        IEnumerable<RfmTransaction> Input() => data == "seven" ? Seven() : RfmAggregatorTests.Generate(customers, seed: 1);
        var run = RfmPipeline.Run(Input(), null, CancellationToken.None);
        var open = RfmPipeline.Run(Input(), Open, CancellationToken.None);

        Assert.Empty(Recovered(run, run.Notes));
        if (data == "seven")
        {
            Assert.NotEmpty(Recovered(run, open.Notes));
        }
    }

    // The hidden groups of run's tables that the tables and the notes determine.
    private static List<string> Recovered(RfmRun run, IReadOnlyList<string> notes)
    {
        var figures = run.Figures;
        var bins = run.Scores.Bins;
        int[][] scores = [[.. run.Scores.RecencyScores.ToArray()], [.. run.Scores.FrequencyScores.ToArray()], [.. run.Scores.MonetaryScores.ToArray()]];
        var published = new List<double[]> { Enumerable.Repeat(1.0, run.Count).ToArray() };
        var hidden = new List<(string Name, double[] Vector)>();
        void Add(string name, Func<int, bool> member, bool isHidden)
        {
            var vector = Enumerable.Range(0, run.Count).Select(i => member(i) ? 1.0 : 0.0).ToArray();
            if (isHidden)
            {
                hidden.Add((name, vector));
            }
            else
            {
                published.Add(vector);
            }
        }

        var segments = run.Segments.ToArray();
        for (var s = 0; s < run.SegmentNames.Count; s++)
        {
            Add(run.SegmentNames[s], i => segments[i] == s, figures.Segments[s].IsSuppressed);
        }

        IReadOnlyList<RfmScoreBand>[] bands = [figures.RecencyBands, figures.FrequencyBands, figures.MonetaryBands];
        for (var d = 0; d < 3; d++)
        {
            for (var b = 1; b <= bins; b++)
            {
                var (dd, bb) = (d, b);
                Add("RFM"[d] + " " + b, i => scores[dd][i] == bb, bands[d][b - 1].IsSuppressed);
            }
        }

        for (var c = 0; c < bins * bins; c++)
        {
            var (r, f) = ((c / bins) + 1, (c % bins) + 1);
            Add($"cell R{r} F{f}", i => scores[0][i] == r && scores[1][i] == f, figures.Heatmap[c].IsSuppressed);
        }

        foreach (var note in notes)
        {
            var match = ClaimRegex().Match(note);
            if (!match.Success)
            {
                continue;
            }

            var anchor = "RFM".IndexOf(match.Groups["a"].Value[0], StringComparison.Ordinal);
            var set = ScoreSet(match.Groups["as"].Value);
            if (match.Groups["n"].Success)
            {
                Add("note " + note, i => set.Contains(scores[anchor][i]), false);
            }

            foreach (var other in match.Groups["rest"].Value.Split(" and "))
            {
                var d = "RFM".IndexOf(other[0], StringComparison.Ordinal);
                var observed = ScoreSet(other[2..]);
                Add("note " + note, i => set.Contains(scores[anchor][i]) && !observed.Contains(scores[d][i]), false);
            }
        }

        return [.. hidden.Where(h => SmallCellReportTests.InSpan(published, h.Vector)).Select(h => h.Name)];
    }

    private static HashSet<int> ScoreSet(string text) => [.. text.Split(", ").SelectMany(part => part.Split('–') is [var a, var b]
        ? Enumerable.Range(int.Parse(a, CultureInfo.InvariantCulture), int.Parse(b, CultureInfo.InvariantCulture) - int.Parse(a, CultureInfo.InvariantCulture) + 1)
        : [int.Parse(part, CultureInfo.InvariantCulture)])];

    [GeneratedRegex(@"the [\d,]+ customers")]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"the (?:(?<n>[\d,]+) )?customers with (?<a>[RFM]) (?<as>[\d–, ]+?) all have (?<rest>.+)\.$")]
    private static partial Regex ClaimRegex();
}
