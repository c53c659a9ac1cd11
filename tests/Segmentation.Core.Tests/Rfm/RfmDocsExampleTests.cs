using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>The code shown in docs/rfm.md, compiled and checked here.</summary>
public sealed class RfmDocsExampleTests
{
    [Fact]
    public void QuickStart_ScoresThreeCustomers()
    {
        // docs/rfm.md: quick start
        RfmTransaction[] transactions =
        [
            new("alice", new DateTime(2024, 5, 30), 120.00m, "A-1"),
            new("alice", new DateTime(2024, 6, 28, 17, 45, 0), 80.50m, "A-2"),
            new("bob", new DateTime(2024, 1, 15), 35.00m),
            new("carol", new DateTime(2024, 6, 1), 560.00m),
        ];

        var aggregates = RfmAggregator.Aggregate(transactions, new DateOnly(2024, 7, 1));
        var result = RfmScorer.Score(aggregates, new RfmScoringOptions { Bins = 3 });

        var lines = result.Profiles.Select(p => $"{p.CustomerId}: R{p.R} F{p.F} M{p.M} ({p.RfmCode})").ToArray();
        // end of snippet

        Assert.Equal(["alice: R3 F3 M2 (332)", "bob: R1 F1 M1 (111)", "carol: R2 F1 M3 (213)"], lines);
        Assert.Equal([21d, 76], result.Recency.CutPoints.Select(c => Math.Round(c, 9)));
    }

    [Fact]
    public void Thresholds_UsesTheCrmsOwnCutPoints()
    {
        var aggregates = RfmAggregator.Aggregate(
        [
            new RfmTransaction("alice", new DateTime(2024, 6, 28), 200.50m),
            new RfmTransaction("alice", new DateTime(2024, 5, 30), 0),
            new RfmTransaction("bob", new DateTime(2024, 1, 15), 35.00m),
            new RfmTransaction("carol", new DateTime(2024, 6, 1), 560.00m),
        ], new DateOnly(2024, 7, 1));

        // docs/rfm.md: thresholds
        var crm = new RfmScoringOptions
        {
            Method = RfmMethod.Thresholds,
            Bins = 3,
            RecencyThresholds = [30, 90],   // days: <= 30 scores 3, 31..90 scores 2, more scores 1
            FrequencyThresholds = [1, 4],   // orders: 1 scores 1, 2..4 scores 2, 5+ scores 3
            MonetaryThresholds = [100, 500],
        };
        var crmScores = RfmScorer.Score(aggregates, crm);
        // end of snippet

        Assert.Equal([322, 111, 313], crmScores.RfmCodes.ToArray().Select(c => (int)c));
    }

    [Fact]
    public void Columns_AggregateDenseIndicesThenScoreByNtile()
    {
        // docs/rfm.md: columns
        int[] customer = [0, 1, 0, 2];
        DateOnly[] date = [new(2024, 6, 1), new(2024, 6, 2), new(2024, 6, 20), new(2024, 6, 20)];
        decimal[] amount = [10, 25, 15, 5];

        var columns = RfmAggregator.Aggregate(customer, date, amount, customerCount: 3, asOf: null);
        var columnScores = RfmScorer.Score(columns, new RfmScoringOptions { Bins = 2, Method = RfmMethod.Ntile });
        // end of snippet

        Assert.Equal(new DateOnly(2024, 6, 21), columns.AsOf);
        Assert.Equal([1, 19, 1], columns.RecencyDays.ToArray());
        // Recency: 19 days first (group 1), then the two 1-day customers by position: 0 in group 1, 2 in group 2.
        Assert.Equal([1, 1, 2], columnScores.RecencyScores.ToArray().Select(s => (int)s));
    }
}
