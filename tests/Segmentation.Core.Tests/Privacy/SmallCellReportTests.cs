using Segmentation.Analytics;
using Segmentation.Privacy;
using Segmentation.Rfm;
using Segmentation.Tests.Rfm;

namespace Segmentation.Tests.Privacy;

public sealed class SmallCellReportTests
{
    [Fact]
    public void SegmentReport_SmallSegment_IsSuppressedWithTheNextSmallestAndComesLast()
    {
        var segments = new List<int>();
        var metrics = new List<CustomerMetrics>();
        foreach (var (segment, customers) in new[] { (0, 30), (1, 2), (2, 12), (3, 40) })
        {
            for (var i = 0; i < customers; i++)
            {
                segments.Add(segment);
                metrics.Add(new CustomerMetrics(1, 10m + segment, 5));
            }
        }

        var report = SegmentReport.CreateExclusive(["A", "B", "C", "D"], [.. segments], [.. metrics]);

        Assert.Equal(SmallCellSuppression.Default, report.Suppression);
        Assert.Equal(84, report.Customers);
        Assert.True(report["B"].IsSuppressed);
        Assert.True(report["C"].IsSuppressed);
        Assert.Equal((0L, 0m, (decimal?)null), (report["B"].Customers, report["B"].Revenue, report["B"].AverageOrderValue));
        Assert.Equal(["D", "A", "B", "C"], report.Rows.Select(r => r.Name));
        Assert.False(report["A"].IsSuppressed);
        Assert.Equal(30, report["A"].Customers);
    }

    [Fact]
    public void SegmentReport_PopulationBelowK_SuppressesTheTotalsToo()
    {
        var report = SegmentReport.CreateExclusive(["A", "B"], [0, 1, 1], [new(1, 5m, 1), new(2, 7m, 2), new(1, 1m, 3)]);

        Assert.True(report.IsSuppressed);
        Assert.Equal((0L, 0m), (report.Customers, report.Revenue));
        Assert.All(report.Rows, r => Assert.True(r.IsSuppressed));
    }

    [Theory]
    [InlineData(40, 1)]
    [InlineData(90, 2)]
    [InlineData(200, 3)]
    [InlineData(500, 4)]
    public void RfmRun_SmallPopulation_EveryShownGroupHasAtLeastKCustomersAndNoHiddenOneIsDetermined(int customers, int seed)
    {
        var run = RfmPipeline.Run(RfmAggregatorTests.Generate(customers, seed), null, CancellationToken.None);
        var open = RfmPipeline.Run(RfmAggregatorTests.Generate(customers, seed), new RfmRunOptions { Suppression = SmallCellSuppression.Off }, CancellationToken.None);
        var figures = run.Figures;
        var k = SmallCellSuppression.DefaultMinGroupSize;

        // Shown figures are either empty or from k customers and equal the unsuppressed run's.
        long[] shown = [
            .. run.Report.Rows.Where(r => !r.IsSuppressed).Select(r => r.Customers),
            .. figures.Segments.Where(s => !s.IsSuppressed).Select(s => s.Customers),
            .. figures.RecencyBands.Concat(figures.FrequencyBands).Concat(figures.MonetaryBands).Where(b => !b.IsSuppressed).Select(b => b.Customers),
            .. figures.Heatmap.Where(c => !c.IsSuppressed).Select(c => c.Customers),
            .. figures.OrderCounts.Where((_, i) => !figures.OrderCountsSuppressed[i]),
        ];
        Assert.All(shown, n => Assert.True(n == 0 || n >= k, $"a shown group has {n} customers"));
        Assert.All(run.Report.Rows.Where(r => !r.IsSuppressed), r => Assert.Equal(open.Report[r.Name] with { Rank = 0 }, r with { Rank = 0 }));
        Assert.Empty(figures.RecencyMonetary);

        // The attacker: every published group as a vector over customers; a hidden group is known when
        // its vector is a combination of the published ones (totals, differences, across tables).
        var groups = Groupings(open);
        var published = new List<double[]> { Enumerable.Repeat(1.0, run.Count).ToArray() };
        var hidden = new List<(string Name, double[] Vector)>();
        AddTable(groups.Segment, run.SegmentNames.Count, s => figures.Segments[s].IsSuppressed, "segment");
        AddTable(groups.R, run.Scores.Bins, b => figures.RecencyBands[b].IsSuppressed, "R");
        AddTable(groups.F, run.Scores.Bins, b => figures.FrequencyBands[b].IsSuppressed, "F");
        AddTable(groups.M, run.Scores.Bins, b => figures.MonetaryBands[b].IsSuppressed, "M");
        AddTable(groups.Cell, run.Scores.Bins * run.Scores.Bins, c => figures.Heatmap[c].IsSuppressed, "cell");
        AddTable(groups.Orders, RfmRunFigures.OrderCountCap, o => figures.OrderCountsSuppressed[o], "orders");
        Assert.Contains(open.Figures.Heatmap, c => c.Customers is > 0 and < 5); // the data has small cells to protect
        Assert.All(hidden, h => Assert.False(InSpan(published, h.Vector), $"{h.Name} can be computed from the shown figures"));

        void AddTable(int[] keys, int count, Func<int, bool> isHidden, string name)
        {
            for (var key = 0; key < count; key++)
            {
                var vector = keys.Select(x => x == key ? 1.0 : 0.0).ToArray();
                if (isHidden(key))
                {
                    hidden.Add((name + " " + key, vector));
                }
                else
                {
                    published.Add(vector);
                }
            }
        }
    }

    private static (int[] Segment, int[] R, int[] F, int[] M, int[] Cell, int[] Orders) Groupings(RfmRun run)
    {
        var bins = run.Scores.Bins;
        var r = run.Scores.RecencyScores.ToArray().Select(x => x - 1).ToArray();
        var f = run.Scores.FrequencyScores.ToArray().Select(x => x - 1).ToArray();
        var m = run.Scores.MonetaryScores.ToArray().Select(x => x - 1).ToArray();
        var cells = r.Select((x, i) => (x * bins) + f[i]).ToArray();
        var orders = run.Aggregates.Frequency.ToArray().Select(x => Math.Clamp(x, 1, RfmRunFigures.OrderCountCap) - 1).ToArray();
        return (run.Segments.ToArray(), r, f, m, cells, orders);
    }

    // Least squares by Gram-Schmidt in doubles: the residual of the target after projecting on the span.
    internal static bool InSpan(List<double[]> vectors, double[] target)
    {
        var basis = new List<double[]>();
        foreach (var v in vectors)
        {
            var w = Residual(basis, v);
            var norm = Math.Sqrt(w.Sum(x => x * x));
            if (norm > 1e-7)
            {
                basis.Add([.. w.Select(x => x / norm)]);
            }
        }

        return Residual(basis, target).Sum(x => x * x) < 1e-9;
    }

    private static double[] Residual(List<double[]> basis, double[] v)
    {
        var w = (double[])v.Clone();
        foreach (var b in basis)
        {
            var dot = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                dot += w[i] * b[i];
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= dot * b[i];
            }
        }

        return w;
    }
}
