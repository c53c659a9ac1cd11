using Segmentation.Analytics;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Analytics;

/// <summary>
/// The code of docs/analytics.md, kept here so that it compiles and its figures stay true.
/// Expected figures were cross-checked with an independent script over the raw CDNOW file.
/// </summary>
public sealed class AnalyticsDocsExamplesTests
{
    [Fact]
    public void Concentration_Example()
    {
        // docs: concentration
        decimal[] revenues = CdnowData.Revenues;                 // one value per customer
        ConcentrationResult result = Concentration.Analyze(revenues);

        TopCustomersRevenue top20 = result.GetTopCustomers(0.20); // 4,714 customers bring 67.78%
        CustomersForRevenue for80 = result.GetCustomersFor(0.80); // 7,695 customers = 32.65%
        double gini = result.Gini;                                // 0.6346
        IReadOnlyList<LorenzPoint> curve = result.LorenzCurve;    // 101 points, 0% .. 100%
        // end docs

        Assert.Equal((4_714L, 0.6778), (top20.Customers, Math.Round(top20.RevenueShare, 4)));
        Assert.Equal((7_695L, 0.3265), (for80.Customers, Math.Round(for80.CustomerShare, 4)));
        Assert.Equal(0.6346, Math.Round(gini, 4));
        Assert.Equal(101, curve.Count);
    }

    [Fact]
    public async Task SegmentReport_Example()
    {
        var ct = TestContext.Current.CancellationToken;
        // docs: report
        string[] names = ["Active", "Lapsing", "Lapsed"];         // index order of the segment set
        IAsyncEnumerable<CdnowCustomer> customers = CdnowData.Customers.ToAsyncEnumerable();
        var asOf = new DateOnly(1998, 6, 30);

        SegmentReport report = await SegmentReport.CreateExclusiveAsync(
            names,
            customers,
            segmentOf: c => (asOf.DayNumber - c.LastPurchase.DayNumber) switch { <= 90 => 0, <= 180 => 1, _ => 2 },
            metricsOf: c => new CustomerMetrics(c.Orders, c.Revenue, asOf.DayNumber - c.LastPurchase.DayNumber),
            ct);

        var lines = new List<string>();
        foreach (SegmentReportRow row in report.Rows)               // ranked by revenue share
        {
            lines.Add(FormattableString.Invariant(
                $"{row.Rank}. {row.Name}: {row.Customers} customers ({row.CustomerShare:P1}), revenue {row.Revenue:N2} ({row.RevenueShare:P1}), AOV {row.AverageOrderValue:N2}, recency {row.AverageRecencyDays:N0} d"));
        }
        // end docs

        Assert.Equal(
            [
                "1. Active: 3317 customers (14.1 %), revenue 1,062,972.46 (42.5 %), AOV 38.28, recency 38 d",
                "2. Lapsed: 18196 customers (77.2 %), revenue 1,051,694.23 (42.1 %), AOV 33.43, recency 454 d",
                "3. Lapsing: 2057 customers (8.7 %), revenue 385,648.94 (15.4 %), AOV 36.97, recency 128 d",
            ],
            lines);
        Assert.Equal(23_570, report.Customers);
        Assert.Equal(1.0, report.Rows.Sum(r => r.CustomerShare), 12);
        Assert.Equal(report.Rows.OrderByDescending(r => r.Revenue).Select(r => r.Name), report.Rows.Select(r => r.Name));
        Assert.All(report.Rows, r => Assert.Equal(r.Revenue, CdnowData.Customers
            .Where(c => (asOf.DayNumber - c.LastPurchase.DayNumber) switch { <= 90 => 0, <= 180 => 1, _ => 2 } == r.SegmentIndex)
            .Sum(c => c.Revenue)));
    }

    [Fact]
    public void ConcentrationPerSegment_Example()
    {
        // docs: per-segment concentration
        var builder = new ConcentrationBuilder(["One-time", "Repeat"]);
        foreach (CdnowCustomer c in CdnowData.Customers)
        {
            builder.Add(c.Orders == 1 ? 0 : 1, c.Revenue);
        }

        ConcentrationReport perSegment = builder.Build();
        double overallGini = perSegment.Overall.Gini;              // 0.6346, as above
        double repeatGini = perSegment.Segments[1].Result.Gini;    // concentration among repeat buyers
        // end docs

        Assert.Equal(0.6346, Math.Round(overallGini, 4));
        var repeat = CdnowData.Customers.Where(c => c.Orders > 1).Select(c => c.Revenue).ToArray();
        Assert.Equal(Concentration.Analyze(repeat).Gini, repeatGini);
        Assert.Equal(11_908, perSegment.Segments[0].Result.Customers);
    }

    [Fact]
    public async Task Migration_Example()
    {
        var ct = TestContext.Current.CancellationToken;
        // docs: migration
        string[] tierNames = ["Active", "Lapsing", "Lapsed"];
        static int Tier(CdnowCustomer c, DateOnly asOf) =>
            (asOf.DayNumber - c.LastPurchase.DayNumber) switch { <= 90 => 0, <= 180 => 1, _ => 2 };

        var june = new DateOnly(1997, 6, 30);
        var december = new DateOnly(1997, 12, 31);
        Dictionary<int, int> earlier = CdnowData.Load(june).ToDictionary(c => c.Id, c => Tier(c, june));
        Dictionary<int, int> later = CdnowData.Load(december).ToDictionary(c => c.Id, c => Tier(c, december));

        SegmentMigrationResult<int> migration = SegmentMigration.Compare(tierNames, earlier, later);
        long activeToLapsed = migration.Summary["Active", "Lapsed"];     // 2,312 customers
        SegmentFlow active = migration.Summary.Flows[0];                 // entered, exited, stayed
        CustomerMigration<int> one = migration.GetCustomer(1);           // Lapsing -> Lapsed

        // The same summary, streamed: both runs sorted by customer id, memory bounded by segments.
        SegmentMigrationSummary streamed = await SegmentMigration.CompareAsync(
            tierNames,
            CdnowData.Load(june).Select(c => new CustomerSegments<int>(c.Id, SegmentMembership.Single(Tier(c, june)))).ToAsyncEnumerable(),
            CdnowData.Load(december).Select(c => new CustomerSegments<int>(c.Id, SegmentMembership.Single(Tier(c, december)))).ToAsyncEnumerable(),
            cancellationToken: ct);
        // end docs

        Assert.Equal(2_312, activeToLapsed);
        Assert.Equal([2_144L, 920L, 2_312L, 0L], Enumerable.Range(0, 4).Select(to => migration.Summary[0, to]));
        Assert.Equal([2_045L, 1_241L, 14_908L, 0L], Enumerable.Range(0, 4).Select(to => migration.Summary[1, to]));
        Assert.Equal(new SegmentFlow(0, "Active", Earlier: 5_376, Later: 4_189, Entered: 2_045, Exited: 3_232, Stayed: 2_144), active);
        Assert.Equal((SegmentMembership.Single(1), SegmentMembership.Single(2)), (one.Earlier, one.Later));
        Assert.Equal(migration.Summary.Flows, streamed.Flows);
    }
}
