using Segmentation.Analytics;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Privacy;

namespace Segmentation.Tests.Analytics;

public sealed class SegmentReportTests
{
    private static readonly string[] Names = ["VIP", "Regular", "Others"];

    [Fact]
    public void CreateExclusive_HandComputedPopulation_GivesEveryFigure()
    {
        // Four customers: the figures are checked with small-cell suppression off (SmallCellReportTests checks it on).
        var report = Unsuppressed(
            SegmentSetMode.FirstMatch,
            Names,
            [SegmentMembership.Single(1), SegmentMembership.Single(0), SegmentMembership.Single(1), SegmentMembership.Single(2)],
            [new CustomerMetrics(4, 400m, 10), new CustomerMetrics(10, 1_000m, 2), new CustomerMetrics(2, 100m, 30), new CustomerMetrics(0, 0m, null)]);

        Assert.Equal(4, report.Customers);
        Assert.Equal(16, report.Orders);
        Assert.Equal(1_500m, report.Revenue);
        Assert.Equal(14, report.AverageRecencyDays);

        var vip = report["VIP"];
        Assert.Equal((1, 0, 1L, 0.25, 10L, 1_000m), (vip.Rank, vip.SegmentIndex, vip.Customers, vip.CustomerShare, vip.Orders, vip.Revenue));
        Assert.Equal(1_000m / 1_500m, (decimal)vip.RevenueShare, 12);
        Assert.Equal(100m, vip.AverageOrderValue);

        var regular = report["Regular"];
        Assert.Equal((2, 2L, 0.5, 6L, 500m, 20.0), (regular.Rank, regular.Customers, regular.CustomerShare, regular.Orders, regular.Revenue, regular.AverageRecencyDays));
        Assert.Equal(500m / 6m, regular.AverageOrderValue);

        var others = report["Others"];
        Assert.Equal(3, others.Rank);
        Assert.Null(others.AverageOrderValue);
        Assert.Null(others.AverageRecencyDays);
        Assert.Equal(0, others.RevenueShare);
    }

    [Fact]
    public void CreateOverlapping_CustomerInTwoSegments_RevenueSharesAddUpToMoreThanOne()
    {
        var both = SegmentMembership.FromIndices([0, 1]);
        var report = Unsuppressed(
            SegmentSetMode.AllMatches,
            ["Loyal", "Big spender"],
            [both, SegmentMembership.Single(0), SegmentMembership.Empty],
            [new CustomerMetrics(5, 500m, 1), new CustomerMetrics(1, 50m, 1), new CustomerMetrics(1, 50m, 100)]);

        Assert.Equal(3, report.Customers);
        Assert.Equal(600m, report.Revenue);
        Assert.Equal(2.0 / 3 + (1.0 / 3), report.Rows.Sum(r => r.CustomerShare), 12);
        Assert.True(report.Rows.Sum(r => r.RevenueShare) > 1);
        Assert.Equal("Loyal", report.Rows[0].Name);
        Assert.Equal(550m / 600m, (decimal)report["Loyal"].RevenueShare, 12);
    }

    [Fact]
    public void Rows_EqualRevenue_KeepSegmentSetOrder()
    {
        var report = Unsuppressed(SegmentSetMode.FirstMatch, Names, [SegmentMembership.Single(2), SegmentMembership.Single(1), SegmentMembership.Single(0)], [new(1, 5m, null), new(1, 5m, null), new(1, 5m, null)]);

        Assert.Equal(["VIP", "Regular", "Others"], report.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Add_IndexOutsideTheSet_ThrowsSegmentationException()
    {
        var builder = new SegmentReportBuilder(Names, SegmentSetMode.FirstMatch);

        var error = Assert.Throws<SegmentationException>(() => builder.Add(3, new CustomerMetrics(1, 1m, 1)));
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
        Assert.Throws<SegmentationException>(() => builder.Add(SegmentMembership.Single(70), new CustomerMetrics(1, 1m, 1)));
    }

    [Fact]
    public void Add_ExclusiveModeWithTwoSegments_Throws()
    {
        var builder = new SegmentReportBuilder(Names, SegmentSetMode.FirstMatch);

        Assert.Throws<SegmentationException>(() => builder.Add(SegmentMembership.FromIndices([0, 1]), new CustomerMetrics(1, 1m, 1)));
        Assert.Throws<SegmentationException>(() => builder.Add(SegmentMembership.Empty, new CustomerMetrics(1, 1m, 1)));
    }

    [Theory]
    [InlineData(-1, 0.0)]
    [InlineData(1, -1.0)]
    [InlineData(1, double.NaN)]
    public void Add_InvalidMetrics_Throws(long orders, double recency)
    {
        var builder = new SegmentReportBuilder(Names, SegmentSetMode.FirstMatch);

        Assert.Throws<SegmentationException>(() => builder.Add(0, new CustomerMetrics(orders, 1m, recency)));
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        var error = Assert.Throws<SegmentationException>(() => new SegmentReportBuilder(["A", "B", "A"], SegmentSetMode.FirstMatch));

        Assert.Equal("segmentNames[2]", error.Location);
        Assert.Throws<SegmentationException>(() => new SegmentReportBuilder([], SegmentSetMode.FirstMatch));
    }

    [Fact]
    public async Task CreateExclusiveAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await SegmentReport.CreateExclusiveAsync(Names, new[] { 0, 1 }.ToAsyncEnumerable(), s => s, _ => new CustomerMetrics(1, 1m, 1), cts.Token));
    }

    [Fact]
    public async Task CreateExclusiveAsync_Cdnow_TotalsMatchTheDataSet()
    {
        // Order-count tiers on the whole of CDNOW: 1 order, 2-3 orders, 4 or more.
        string[] tiers = ["One-time", "Repeat", "Frequent"];
        var report = await SegmentReport.CreateExclusiveAsync(
            tiers,
            CdnowData.Customers.ToAsyncEnumerable(),
            c => c.Orders == 1 ? 0 : c.Orders <= 3 ? 1 : 2,
            c => new CustomerMetrics(c.Orders, c.Revenue, CdnowData.End.DayNumber - c.LastPurchase.DayNumber),
            TestContext.Current.CancellationToken);

        Assert.Equal(23_570, report.Customers);
        Assert.Equal(69_659, report.Orders);
        Assert.Equal(2_500_315.63m, report.Revenue);
        Assert.Equal(11_908, report["One-time"].Customers);
        Assert.Equal(1.0, report.Rows.Sum(r => r.CustomerShare), 12);
        Assert.Equal(1.0, report.Rows.Sum(r => r.RevenueShare), 12);
        Assert.Equal("Frequent", report.Rows[0].Name);
    }

    internal static SegmentReport Unsuppressed(SegmentSetMode mode, IReadOnlyList<string> names, SegmentMembership[] segments, CustomerMetrics[] metrics)
    {
        var builder = new SegmentReportBuilder(names, mode) { Suppression = SmallCellSuppression.Off };
        for (var i = 0; i < segments.Length; i++)
        {
            builder.Add(segments[i], metrics[i]);
        }

        return builder.Build();
    }
}
