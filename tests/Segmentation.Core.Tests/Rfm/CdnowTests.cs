using System.Globalization;
using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>The CDNOW master data (see tests/data/cdnow/README.md) as a golden data set.</summary>
public sealed class CdnowTests
{
    internal static readonly Lazy<RfmTransaction[]> Transactions = new(Load);

    [Fact]
    public void Aggregate_Cdnow_MatchesThePublishedTotals()
    {
        var aggregates = RfmAggregator.Aggregate(Transactions.Value);

        Assert.Equal(69_659, Transactions.Value.Length);
        Assert.Equal(23_570, aggregates.Count);
        Assert.Equal(69_659, aggregates.Frequency.ToArray().Sum());
        Assert.Equal(2_500_315.63m, aggregates.Monetary.ToArray().Sum());
        Assert.Equal(new DateOnly(1998, 7, 1), aggregates.AsOf);
    }

    [Fact]
    public void Score_CdnowQuantile_FrequencyCutsAre1_1_2_4AndScore2IsNeverUsed()
    {
        var result = RfmScorer.Score(RfmAggregator.Aggregate(Transactions.Value), new RfmScoringOptions());

        Assert.Equal([1d, 1, 2, 4], result.Frequency.CutPoints);
        Assert.Equal([11_908L, 0, 4_079, 3_658, 3_925], result.Frequency.Counts);
        // Computed independently with a sort-based type 7 quantile in Python.
        Assert.Equal([142d, 433, 486, 513], result.Recency.CutPoints);
        Assert.Equal([4_539L, 4_748, 4_844, 4_720, 4_719], result.Recency.Counts);
        Assert.Equal([4_817L, 4_615, 4_710, 4_715, 4_713], result.Monetary.Counts);
        Assert.Equal(59.924, result.Monetary.CutPoints[2], 1e-9);
    }

    [Fact]
    public void Score_CdnowNtile_GroupsDifferByAtMostOneAndFollowCustomerIdOrder()
    {
        var aggregates = RfmAggregator.Aggregate(Transactions.Value);

        var result = RfmScorer.Score(aggregates, new RfmScoringOptions { Method = RfmMethod.Ntile });

        Assert.Equal([4_714L, 4_714, 4_714, 4_714, 4_714], result.Frequency.Counts);
        Assert.Equal(
            RfmOracle.Ntile(aggregates.Frequency.ToArray().Select(v => (double)v).ToArray(), 5),
            result.FrequencyScores.ToArray().Select(s => (int)s));
    }

    private static RfmTransaction[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt");
        return File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 4)
            .Select(fields => new RfmTransaction(
                fields[0],
                DateTime.ParseExact(fields[1], "yyyyMMdd", CultureInfo.InvariantCulture),
                decimal.Parse(fields[3], CultureInfo.InvariantCulture)))
            .ToArray();
    }
}
