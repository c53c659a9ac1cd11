using System.Globalization;
using Segmentation.Definitions;
using Segmentation.Prediction.Summary;
using Segmentation.Rfm;

namespace Segmentation.Prediction.Tests.Summary;

public sealed class PurchaseSummaryTests
{
    [Fact]
    public void FromTransactions_CdnowSampleInWeeks_EqualsPublishedSummary()
    {
        var summary = PurchaseSummary.FromTransactions(ReferenceData.CdnowSample, new SummaryOptions(ReferenceData.CdnowCalibrationEnd));

        var published = File.ReadLines(ReferenceData.Path("cdnow", "cdnow_customers_summary.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToArray();
        Assert.Equal(published.Length, summary.Customers.Count);
        for (var i = 0; i < published.Length; i++)
        {
            var row = published[i];
            var mine = summary.Customers[i];
            var where = $"ID {row[0]}";
            Assert.True(int.Parse(row[0], CultureInfo.InvariantCulture) == int.Parse(mine.CustomerId, CultureInfo.InvariantCulture), where);
            Assert.True(int.Parse(row[1], CultureInfo.InvariantCulture) == mine.Frequency, where);
            // The file carries two decimals: the exact weeks, rounded, must be the published text.
            Assert.True(decimal.Parse(row[2], CultureInfo.InvariantCulture) == Math.Round((decimal)mine.Recency, 2, MidpointRounding.AwayFromZero), where);
            Assert.True(decimal.Parse(row[3], CultureInfo.InvariantCulture) == Math.Round((decimal)mine.Age, 2, MidpointRounding.AwayFromZero), where);
        }
    }

    [Fact]
    public void FromTransactions_CdnowSample_MeanRepeatSpendMatchesPublishedZbar()
    {
        var summary = PurchaseSummary.FromTransactions(ReferenceData.CdnowSample, new SummaryOptions(ReferenceData.CdnowCalibrationEnd));
        var published = ReferenceData.CdnowPublishedSummary;

        Assert.Equal(946, summary.Customers.Count(c => c.Frequency > 0));
        for (var i = 0; i < published.Length; i++)
        {
            var mine = summary.Customers[i].MeanRepeatSpend;
            var theirs = published[i].MeanRepeatSpend;
            Assert.Equal(theirs is null, mine is null);
            if (mine is { } exact)
            {
                // zbar is published with two decimals; the exact mean lies within half a cent of it.
                Assert.True(Math.Abs(exact - theirs!.Value) <= 0.005m, $"ID {published[i].CustomerId}: {exact} vs {theirs}");
            }
        }
    }

    [Fact]
    public void FromTransactions_SameDayLines_CountAsOnePurchaseAndSumExactly()
    {
        var lines = new[]
        {
            Line("a", 2024, 1, 1, 10m),
            Line("a", 2024, 1, 8, 0.1m),
            Line("a", 2024, 1, 8, 0.2m),
            Line("a", 2024, 1, 15, 1m),
            Line("a", 2024, 1, 20, 99m),  // holdout
            Line("a", 2024, 2, 20, 99m),  // after the holdout: ignored
            Line("b", 2024, 1, 16, 5m),   // first purchase after calibration: not a calibration customer
        };

        var summary = PurchaseSummary.FromTransactions(lines, new SummaryOptions(new DateOnly(2024, 1, 15)) { TimeUnit = TimeUnit.Days, HoldoutEnd = new DateOnly(2024, 1, 31) });

        var a = Assert.Single(summary.Customers);
        Assert.Equal(new CustomerSummary("a", 2, 14d, 14d, 0.65m, 1), a);
        Assert.Equal(16d, summary.HoldoutLength);
        Assert.Equal(TimeUnit.Days, summary.TimeUnit);
    }

    [Fact]
    public void FromTransactions_MonthsUnit_IsRefusedWithTheFix()
    {
        var error = Assert.Throws<SegmentationException>(() =>
            PurchaseSummary.FromTransactions([Line("a", 2024, 1, 1, 1m)], new SummaryOptions(new DateOnly(2024, 2, 1)) { TimeUnit = TimeUnit.Months }));
        Assert.Contains("Days or Weeks", error.Message, StringComparison.Ordinal);
        Assert.Equal("TimeUnit", error.Location);
    }

    [Fact]
    public void FromTransactions_HoldoutBeforeCalibrationEnd_IsRefused()
    {
        var error = Assert.Throws<SegmentationException>(() =>
            PurchaseSummary.FromTransactions([Line("a", 2024, 1, 1, 1m)], new SummaryOptions(new DateOnly(2024, 2, 1)) { HoldoutEnd = new DateOnly(2024, 2, 1) }));
        Assert.Equal("HoldoutEnd", error.Location);
    }

    [Fact]
    public void FromTransactions_MissingCustomerId_NamesTheLine()
    {
        var error = Assert.Throws<SegmentationException>(() =>
            PurchaseSummary.FromTransactions([Line("a", 2024, 1, 1, 1m), Line("", 2024, 1, 2, 1m)], new SummaryOptions(new DateOnly(2024, 2, 1))));
        Assert.Equal("transactions[1].CustomerId", error.Location);
    }

    private static RfmTransaction Line(string id, int year, int month, int day, decimal amount) =>
        new(id, new DateTime(year, month, day, 13, 0, 0, DateTimeKind.Unspecified), amount);
}
