using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>Hand-computed reference cases for the three methods.</summary>
public sealed partial class RfmScorerTests
{
    private static readonly RfmScoringOptions Quantile5 = new();

    [Fact]
    public void Score_QuantileOneToTen_UsesType7CutsAndSharesBinsInPairs()
    {
        int[] days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        double[] money = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

        var result = RfmScorer.Score(days, days, money, Quantile5, null);

        // (N-1)k/n = 1.8, 3.6, 5.4, 7.2: between x[1] and x[2] at 0.8, and so on.
        AssertCuts([2.8, 4.6, 6.4, 8.2], result.Frequency.CutPoints);
        AssertCuts([28, 46, 64, 82], result.Monetary.CutPoints);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], result.MonetaryScores.ToArray().Select(s => (int)s));
        Assert.Equal([5, 5, 4, 4, 3, 3, 2, 2, 1, 1], result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([2L, 2, 2, 2, 2], result.Recency.Counts);
        Assert.Equal(511, result.RfmCodes.Span[0]);
        Assert.Equal(155, result.RfmCodes.Span[9]);
    }

    [Fact]
    public void Score_QuantileHeavyTies_EqualValuesShareAScoreAndScore2IsUnused()
    {
        int[] frequency = [1, 1, 1, 1, 1, 1, 2, 2, 3, 9];
        var options = new RfmScoringOptions { Bins = 4 };

        var result = RfmScorer.Score(new int[10], frequency, new double[10], options, null);

        // Positions 2.25, 4.5, 6.75 land inside the runs of 1, 1 and 2.
        Assert.Equal([1d, 1, 2], result.Frequency.CutPoints);
        Assert.Equal([1, 1, 1, 1, 1, 1, 3, 3, 4, 4], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([6L, 0, 2, 2], result.Frequency.Counts);
    }

    [Fact]
    public void Score_NtileFrequency_SplitsTiesByPositionWithLargerGroupsFirst()
    {
        int[] frequency = [5, 3, 3, 3, 1];
        var options = new RfmScoringOptions { Bins = 2, Method = RfmMethod.Ntile };

        var result = RfmScorer.Score(new int[5], frequency, new double[5], options, null);

        // Order 1(i4) 3(i1) 3(i2) | 3(i3) 5(i0): 5 = 2*2 + 1, so group 1 holds three.
        Assert.Equal([2, 1, 1, 2, 1], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([3L, 2], result.Frequency.Counts);
        Assert.Equal([3d], result.Frequency.CutPoints);
    }

    [Fact]
    public void Score_NtileRecency_OrdersByDaysDescending()
    {
        int[] days = [10, 30, 30, 5, 20];
        var options = new RfmScoringOptions { Bins = 3, Method = RfmMethod.Ntile };

        var result = RfmScorer.Score(days, new int[5], new double[5], options, null);

        // 30(i1) 30(i2) | 20(i4) 10(i0) | 5(i3): most days first, group 1 is the least recent.
        Assert.Equal([2, 1, 1, 3, 2], result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([2L, 2, 1], result.Recency.Counts);
        Assert.Equal([20d, 5], result.Recency.CutPoints);
    }

    [Fact]
    public void Score_Thresholds_CountsCutPointsStrictlyExceeded()
    {
        int[] days = [10, 30, 31, 90, 91];
        int[] frequency = [1, 2, 3, 4, 4];
        double[] money = [100.5, 100.51, 5000, 0, -20];
        var options = new RfmScoringOptions
        {
            Bins = 3,
            Method = RfmMethod.Thresholds,
            RecencyThresholds = [30, 90],
            FrequencyThresholds = [1, 3],
            MonetaryThresholds = [100.5, 1000],
        };

        var result = RfmScorer.Score(days, frequency, money, options, null);

        Assert.Equal([3, 3, 2, 2, 1], result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([1, 2, 2, 3, 3], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([1, 2, 3, 1, 1], result.MonetaryScores.ToArray().Select(s => (int)s));
        Assert.Equal([30d, 90], result.Recency.CutPoints);
        Assert.Equal(311, result.RfmCodes.Span[0]);
    }

    [Fact]
    public void Score_FractionalThresholdOnIntegerColumn_ComparesAsReal()
    {
        var options = new RfmScoringOptions
        {
            Bins = 2,
            Method = RfmMethod.Thresholds,
            RecencyThresholds = [-0.5],
            FrequencyThresholds = [2.5],
            MonetaryThresholds = [0],
        };

        var result = RfmScorer.Score(new[] { -1, 0 }, new[] { 2, 3 }, new double[2], options, null);

        Assert.Equal([2, 1], result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([1, 2], result.FrequencyScores.ToArray().Select(s => (int)s));
    }

    [Fact]
    public void Profiles_CarryIdsValuesAndScores()
    {
        var result = RfmScorer.Score(new[] { 3, 40 }, new[] { 7, 1 }, new[] { 250.0, 9.5 }, new RfmScoringOptions { Bins = 2 }, ["alice", "bob"]);

        var alice = result.Profiles[0];
        Assert.Equal(new RfmProfile(0, "alice", 3, 7, 250.0, 2, 2, 2, 222), alice);
        Assert.Equal(["alice", "bob"], result.Profiles.Select(p => p.CustomerId));
        Assert.Equal(2, result.Profiles.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Profiles[2]);
    }

    private static void AssertCuts(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }
}
