using Segmentation.Definitions;
using Segmentation.Rfm;
using Segmentation.Rfm.Segments;
using Segmentation.Serialization;
using Segmentation.Tests.Analytics;

namespace Segmentation.Tests.Rfm;

public sealed class RfmRunFiguresTests
{
    [Fact]
    public void Figures_GeneratedRun_MediansBandsAndOrderCountsMatchANaiveComputation()
    {
        var transactions = RfmAggregatorTests.Generate(12_000, seed: 5).ToArray();
        var run = RfmPipeline.Run(transactions, new RfmRunOptions { Scoring = new RfmScoringOptions { Bins = 4 }, Suppression = Segmentation.Privacy.SmallCellSuppression.Off }, CancellationToken.None);
        var recency = run.Aggregates.RecencyDays.ToArray();
        var frequency = run.Aggregates.Frequency.ToArray();
        var monetary = run.Aggregates.Monetary.ToArray();
        var segments = run.Segments.ToArray();

        var figures = run.Figures;

        Assert.Equal(run.SegmentNames, figures.Segments.Select(s => s.Name));
        for (var s = 0; s < run.SegmentNames.Count; s++)
        {
            var members = Enumerable.Range(0, run.Count).Where(i => segments[i] == s).ToArray();
            var segment = figures.Segments[s];
            Assert.Equal(members.Length, segment.Customers);
            Assert.Equal(NaiveMedian(members.Select(i => (decimal)recency[i])), (decimal?)segment.MedianRecencyDays);
            Assert.Equal(NaiveMedian(members.Select(i => (decimal)frequency[i])), (decimal?)segment.MedianOrders);
            Assert.Equal(NaiveMedian(members.Select(i => monetary[i])), segment.MedianMonetary);
        }

        var f = run.Scores.FrequencyScores.ToArray();
        Assert.Equal(4, figures.FrequencyBands.Count);
        foreach (var band in figures.FrequencyBands)
        {
            var members = Enumerable.Range(0, run.Count).Where(i => f[i] == band.Score).ToArray();
            Assert.Equal(members.Length, band.Customers);
            Assert.Equal(run.Scores.Frequency.Counts[band.Score - 1], band.Customers);
            Assert.Equal(members.Length == 0 ? null : members.Min(i => frequency[i]), (int?)band.Lowest);
            Assert.Equal(members.Length == 0 ? null : members.Max(i => frequency[i]), (int?)band.Highest);
            Assert.Equal(NaiveMedian(members.Select(i => monetary[i])), band.MedianMonetary);
        }

        Assert.Equal(RfmRunFigures.OrderCountCap, figures.OrderCounts.Count);
        Assert.Equal(run.Count, figures.OrderCounts.Sum());
        Assert.Equal(frequency.Count(x => x == 1), figures.OrderCounts[0]);
        Assert.Equal(frequency.Count(x => x >= RfmRunFigures.OrderCountCap), figures.OrderCounts[^1]);
        Assert.True(run.Count > RfmRunFigures.MaxSamplePoints, "the run is large enough to be sampled");
        Assert.Equal(RfmRunFigures.MaxSamplePoints, figures.RecencyMonetary.Count);
        foreach (var k in new[] { 0, 1, 500, RfmRunFigures.MaxSamplePoints - 1 })
        {
            var i = (int)((long)k * run.Count / RfmRunFigures.MaxSamplePoints);
            Assert.Equal(new RfmRecencyMonetaryPoint(recency[i], monetary[i]), figures.RecencyMonetary[k]);
        }
    }

    [Fact]
    public void Figures_DefaultMap_EverySegmentSaysWhatItMeansAndWhatToDo()
    {
        var run = RfmPipeline.Run(RfmAggregatorTests.Generate(500, seed: 9));

        Assert.All(run.Figures.Segments, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Description), s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.Action), s.Name);
        });
    }

    [Fact]
    public void Figures_MapFromJson_CarriesTheEditedDescriptionAndAction()
    {
        var json = SegmentJson.SerializeSet(RfmSegmentMaps.RecencyFrequency)
            .Replace("Reward them: early access, exclusive offers; ask for referrals and reviews.", "Send the VIP catalogue.", StringComparison.Ordinal);
        var map = SegmentJson.DeserializeSet(json, RfmSegmentMaps.Catalog);

        var run = RfmPipeline.Run(RfmAggregatorTests.Generate(500, seed: 9), new RfmRunOptions { SegmentMap = map }, CancellationToken.None);

        var champions = run.Figures.Segments.Single(s => s.Name == "Champions");
        Assert.Equal("Send the VIP catalogue.", champions.Action);
        Assert.Equal("Bought most recently and most often.", champions.Description);
        Assert.Null(run.Figures.Segments.Single(s => s.Name == map.Fallback).Action);
    }

    [Fact]
    public void Notes_Cdnow_SayWhyFScore2AndTwoSegmentsAreEmpty()
    {
        var customers = CdnowData.Customers;

        var run = RfmPipeline.Run(CdnowTransactions(), new RfmRunOptions { AsOf = new DateOnly(1998, 7, 1) }, CancellationToken.None);

        Assert.Equal(23_570, run.Count);
        Assert.Equal([1, 1, 2, 4], run.Scores.Frequency.CutPoints);
        Assert.Equal(
            [
                "F score 2 is empty: the quantile cut points 1 and 2 of frequency (orders) are both 1, because so many customers share that value; equal values share a score, so no customer can get 2. Ntile scoring gives every score customers, or use fewer bins.",
                "Promising is empty: it takes R 4 with F 1, and no customer has both: the 11,908 customers with F 1 all have R 1–3.",
                "New customers is empty: it takes R 5 with F 1, and no customer has both: the 11,908 customers with F 1 all have R 1–3.",
            ],
            run.Notes);
        Assert.Equal(11_908, customers.Count(c => c.Orders == 1));
    }

    [Fact]
    public void Notes_EverySegmentAndScoreFilled_None()
    {
        var run = RfmPipeline.Run(RfmAggregatorTests.Generate(5000, seed: 3), new RfmRunOptions { Scoring = new RfmScoringOptions { Method = RfmMethod.Ntile } }, CancellationToken.None);

        Assert.All(run.Report.Rows, r => Assert.True(r.Customers > 0, r.Name));
        Assert.Empty(run.Notes);
    }

    [Fact]
    public void Notes_SegmentShadowedByAnEarlierOne_SaysFirstMatchWins()
    {
        var r5 = new ComparisonCriterion("r", ComparisonOperator.Equal, SegmentValue.FromNumber(5));
        var map = new SegmentSetDocument([new("Recent", r5), new("Also recent", r5)], SegmentSetMode.FirstMatch, "Rest");

        var run = RfmPipeline.Run(RfmAggregatorTests.Generate(800, seed: 4), new RfmRunOptions { SegmentMap = map }, CancellationToken.None);

        Assert.Contains("Also recent is empty: earlier segments of the map take every score cell it describes (first match wins).", run.Notes);
    }

    private static IEnumerable<RfmTransaction> CdnowTransactions()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt");
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 4)
            {
                yield return new RfmTransaction(
                    parts[0],
                    DateTime.ParseExact(parts[1], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
                    decimal.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static decimal? NaiveMedian(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}
