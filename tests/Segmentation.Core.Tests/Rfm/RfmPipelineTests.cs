using Segmentation.Definitions;
using Segmentation.Rfm;
using Segmentation.Rfm.Segments;

namespace Segmentation.Tests.Rfm;

public sealed class RfmPipelineTests
{
    private static readonly DateOnly AsOf = new(2024, 1, 1);

    [Fact]
    public void Run_DocsExample_NamesSegmentsAndReports()
    {
        // docs/rfm.md: a whole run in one call
        RfmTransaction[] transactions =
        [
            new("alice", new DateTime(2024, 5, 30), 120.00m, "A-1"),
            new("alice", new DateTime(2024, 6, 28, 17, 45, 0), 80.50m, "A-2"),
            new("bob", new DateTime(2024, 1, 15), 35.00m),
            new("carol", new DateTime(2024, 6, 1), 560.00m),
        ];
        // Three customers: with the default small-cell rule every figure of the report would be suppressed.
        var run = RfmPipeline.Run(transactions, new RfmRunOptions { AsOf = new DateOnly(2024, 7, 1), Suppression = Segmentation.Privacy.SmallCellSuppression.Off }, CancellationToken.None);

        var segmentOfAlice = run.SegmentNames[run.Segments.Span[0]];
        var top20Share = run.Concentration.GetTopCustomers(0.2).RevenueShare;

        Assert.Equal(["alice", "bob", "carol"], run.Aggregates.CustomerIds);
        Assert.Equal(200.50m, run.Aggregates.Monetary.Span[0]);
        Assert.Equal(4, run.Transactions);
        Assert.Equal(new DateOnly(2024, 7, 1), run.AsOf);
        Assert.Equal(RfmSegmentMaps.RecencyFrequency.Segments.Select(s => s.Name), run.SegmentNames);
        Assert.Equal("Champions", segmentOfAlice); // R5 F5 on the 5-bin grid
        Assert.Equal(3, run.Report.Customers);
        Assert.Equal(795.50m, run.Report.Revenue);
        Assert.Equal(560 / 795.5, top20Share, 1e-12); // the top 20% of 3 customers is carol
    }

    [Fact]
    public void Run_Default_MatchesScorerAndTheDefaultTableForEveryCustomer()
    {
        var transactions = RfmAggregatorTests.Generate(3000, seed: 21).ToArray();
        var options = new RfmRunOptions { Scoring = new RfmScoringOptions { Bins = 4 } };

        var run = RfmPipeline.Run(transactions, options, CancellationToken.None);
        var scores = RfmScorer.Score(RfmAggregator.Aggregate(transactions), options.Scoring);
        var table = RfmSegmentTable.Default(4);

        Assert.Equal(scores.RfmCodes.ToArray(), run.Scores.RfmCodes.ToArray());
        for (var i = 0; i < run.Count; i++)
        {
            Assert.Equal(table.SegmentOf(scores.RecencyScores.Span[i], scores.FrequencyScores.Span[i], scores.MonetaryScores.Span[i]), run.Segments.Span[i]);
        }

        Assert.Equal(run.Count, run.Report.Rows.Sum(r => r.Customers));
        Assert.Equal(run.Aggregates.Monetary.ToArray().Sum(), run.Report.Revenue);
    }

    [Fact]
    public async Task RunAsync_AndAggregates_AgreeWithTheEnumerableRun()
    {
        var transactions = RfmAggregatorTests.Generate(800, seed: 5).ToArray();
        var options = new RfmRunOptions { AsOf = new DateOnly(2024, 1, 1), Scoring = new RfmScoringOptions { Method = RfmMethod.Ntile } };

        var sync = RfmPipeline.Run(transactions, options, CancellationToken.None);
        var stream = await RfmPipeline.RunAsync(transactions.ToAsyncEnumerable(), options, TestContext.Current.CancellationToken);
        var fromAggregates = RfmPipeline.Run(RfmAggregator.Aggregate(transactions, AsOf), options, CancellationToken.None);

        Assert.Equal(sync.Segments.ToArray(), stream.Segments.ToArray());
        Assert.Equal(sync.Segments.ToArray(), fromAggregates.Segments.ToArray());
        Assert.Equal(sync.Scores.RfmCodes.ToArray(), fromAggregates.Scores.RfmCodes.ToArray());
    }

    [Fact]
    public void Run_CallersMap_UsesItsSegmentsAndFallback()
    {
        var map = new SegmentSetDocument(
            [new("Big spenders", new ComparisonCriterion("m", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(4)))],
            SegmentSetMode.FirstMatch,
            "Everyone else");
        var transactions = RfmAggregatorTests.Generate(1000, seed: 9).ToArray();

        var run = RfmPipeline.Run(transactions, new RfmRunOptions { SegmentMap = map }, CancellationToken.None);

        Assert.Equal(["Big spenders", "Everyone else"], run.SegmentNames);
        var m = run.Scores.MonetaryScores.Span;
        for (var i = 0; i < run.Count; i++)
        {
            Assert.Equal(m[i] >= 4 ? 0 : 1, run.Segments.Span[i]);
        }
    }

    [Fact]
    public void Run_BadInput_ThrowsClearly()
    {
        var empty = Assert.Throws<SegmentationException>(() => RfmPipeline.Run([]));
        Assert.Equal("transactions", empty.Location);
        Assert.Throws<ArgumentNullException>(() => RfmPipeline.Run((IEnumerable<RfmTransaction>)null!));
        Assert.Throws<ArgumentNullException>(() => RfmPipeline.Run((RfmAggregates)null!));
        Assert.Throws<ArgumentNullException>(() => { _ = RfmPipeline.RunAsync(null!, null, TestContext.Current.CancellationToken); });

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RfmPipeline.Run(RfmAggregatorTests.Generate(100, 1), null, cancelled.Token));
    }
}
