using FsCheck.Xunit;
using Segmentation.Analytics;

namespace Segmentation.Tests.Analytics;

[Properties(Arbitrary = [typeof(AnalyticsArbitraries)], MaxTest = 200)]
public sealed class SegmentReportPropertyTests
{
    [Property]
    public void Rows_Exclusive_SharesSumToOne(ExclusivePopulation population)
    {
        var report = SegmentReportTests.Unsuppressed(Segmentation.Definitions.SegmentSetMode.FirstMatch, population.Names, [.. population.Segments.Select(Segmentation.Evaluation.SegmentMembership.Single)], population.Metrics);

        Assert.Equal(population.Names.Length, report.Rows.Count);
        Assert.Equal(report.Customers, report.Rows.Sum(r => r.Customers));
        Assert.Equal(report.Revenue, report.Rows.Sum(r => r.Revenue));
        if (report.Customers > 0)
        {
            Assert.Equal(1.0, report.Rows.Sum(r => r.CustomerShare), 9);
        }

        if (report.Revenue > 0)
        {
            Assert.Equal(1.0, report.Rows.Sum(r => r.RevenueShare), 9);
        }
    }

    [Property]
    public void Rows_Overlapping_EqualAGroupByOracleAndAreRankedByRevenue(OverlappingPopulation population)
    {
        var report = SegmentReportTests.Unsuppressed(Segmentation.Definitions.SegmentSetMode.AllMatches, population.Names, population.Segments, population.Metrics);

        for (var rank = 1; rank < report.Rows.Count; rank++)
        {
            Assert.True(report.Rows[rank - 1].Revenue >= report.Rows[rank].Revenue);
            Assert.Equal(rank, report.Rows[rank - 1].Rank);
        }

        foreach (var row in report.Rows)
        {
            var members = Enumerable.Range(0, population.Metrics.Length)
                .Where(i => population.Segments[i].Contains(row.SegmentIndex))
                .Select(i => population.Metrics[i])
                .ToArray();
            Assert.Equal(members.Length, row.Customers);
            Assert.Equal(members.Sum(m => m.Orders), row.Orders);
            Assert.Equal(members.Sum(m => m.Revenue), row.Revenue);
            var recencies = members.Where(m => m.RecencyDays.HasValue).Select(m => m.RecencyDays!.Value).ToArray();
            Assert.Equal(recencies.Length == 0 ? null : recencies.Average(), row.AverageRecencyDays);
        }
    }

    [Property]
    public void CreateExclusiveAsync_AnyPopulation_EqualsTheSpanPath(ExclusivePopulation population)
    {
        var expected = SegmentReport.CreateExclusive(population.Names, population.Segments, population.Metrics);
        var streamed = SegmentReport.CreateExclusiveAsync(
            population.Names,
            Enumerable.Range(0, population.Segments.Length).ToAsyncEnumerable(),
            i => population.Segments[i],
            i => population.Metrics[i]).AsTask().GetAwaiter().GetResult();

        Assert.Equal(expected.Rows, streamed.Rows);
    }
}
