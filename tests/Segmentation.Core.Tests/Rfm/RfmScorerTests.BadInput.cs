using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>Each kind of bad or degenerate input has a defined result or a clear exception.</summary>
public sealed partial class RfmScorerTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Score_NonFiniteMonetary_ThrowsNamingTheCustomer(double bad)
    {
        var money = new double[40];
        money[33] = bad;

        var error = Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[40], new int[40], money, Quantile5, null));

        Assert.Equal("monetary[33]", error.Location);
        Assert.Contains("finite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BadValueWithIds_NamesTheCustomerIdNotItsPosition()
    {
        var money = new double[3];
        money[1] = double.NaN;
        var recency = new int[3];
        recency[2] = int.MinValue;

        var nan = Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[3], new int[3], money, Quantile5, ["c-a", "c-b", "c-c"]));
        var minValue = Assert.Throws<SegmentationException>(() => RfmScorer.Score(recency, new int[3], new double[3], new RfmScoringOptions { Method = RfmMethod.Ntile }, ["c-a", "c-b", "c-c"]));

        Assert.Contains("customer 'c-b' (index 1)", nan.Message, StringComparison.Ordinal);
        Assert.Contains("customer 'c-c' (index 2)", minValue.Message, StringComparison.Ordinal);
        Assert.Equal("recencyDays[2]", minValue.Location);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    public void Score_BinsOutOfRange_Throws(int bins)
    {
        var error = Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[3], new int[3], new double[3], new RfmScoringOptions { Bins = bins }, null));

        Assert.Equal("Bins", error.Location);
    }

    [Fact]
    public void Score_ColumnsOfDifferentLength_Throws()
    {
        Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[3], new int[2], new double[3], Quantile5, null));
        Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[3], new int[3], new double[3], Quantile5, ["a"]));
    }

    [Fact]
    public void Score_ThresholdsMissingWrongCountDescendingOrNaN_Throws()
    {
        var valid = new RfmScoringOptions
        {
            Bins = 3,
            Method = RfmMethod.Thresholds,
            RecencyThresholds = [1, 2],
            FrequencyThresholds = [1, 2],
            MonetaryThresholds = [1, 2],
        };
        RfmScorer.Score(new int[2], new int[2], new double[2], valid, null);

        Assert.Equal("RecencyThresholds", Fail(valid with { RecencyThresholds = null }).Location);
        Assert.Equal("FrequencyThresholds", Fail(valid with { FrequencyThresholds = [1] }).Location);
        Assert.Equal("MonetaryThresholds[1]", Fail(valid with { MonetaryThresholds = [2, 1] }).Location);
        Assert.Equal("MonetaryThresholds[0]", Fail(valid with { MonetaryThresholds = [double.NaN, 1] }).Location);
        Assert.Equal("RecencyThresholds[0]", Fail(valid with { RecencyThresholds = [-1e10, 1] }).Location);

        static SegmentationException Fail(RfmScoringOptions options) =>
            Assert.Throws<SegmentationException>(() => RfmScorer.Score(new int[2], new int[2], new double[2], options, null));
    }

    [Theory]
    [InlineData(RfmMethod.Quantile)]
    [InlineData(RfmMethod.Ntile)]
    public void Score_Empty_ReturnsNoScoresZeroCountsAndUndefinedCuts(RfmMethod method)
    {
        var result = RfmScorer.Score(Array.Empty<int>(), Array.Empty<int>(), Array.Empty<double>(), new RfmScoringOptions { Method = method }, null);

        Assert.Equal(0, result.Count);
        Assert.All(result.Frequency.CutPoints, c => Assert.True(double.IsNaN(c)));
        Assert.Equal([0L, 0, 0, 0, 0], result.Monetary.Counts);
        Assert.Empty(result.Profiles);
    }

    [Fact]
    public void Score_OneCustomerQuantile_IsMostRecentAndLowestFrequencyAndMonetary()
    {
        var result = RfmScorer.Score(new[] { 12 }, new[] { 3 }, new[] { 99.0 }, Quantile5, null);

        // Every cut point equals the one value and nothing exceeds itself: R = n, F = M = 1.
        Assert.Equal([12d, 12, 12, 12], result.Recency.CutPoints);
        Assert.Equal(511, result.RfmCodes.Span[0]);
    }

    [Fact]
    public void Score_OneCustomerNtile_IsInGroupOneWithEmptyGroupsAfter()
    {
        var result = RfmScorer.Score(new[] { 12 }, new[] { 3 }, new[] { 99.0 }, new RfmScoringOptions { Method = RfmMethod.Ntile }, null);

        Assert.Equal(111, result.RfmCodes.Span[0]);
        Assert.Equal([1L, 0, 0, 0, 0], result.Recency.Counts);
        Assert.All(result.Recency.CutPoints, c => Assert.True(double.IsNaN(c)));
    }

    [Fact]
    public void Score_FewerCustomersThanBinsNtile_OneCustomerPerGroup()
    {
        var result = RfmScorer.Score(new[] { 5, 9, 1 }, new[] { 2, 2, 1 }, new[] { 3.0, 1.0, 2.0 }, new RfmScoringOptions { Method = RfmMethod.Ntile }, null);

        Assert.Equal([2, 1, 3], result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([2, 3, 1], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([3, 1, 2], result.MonetaryScores.ToArray().Select(s => (int)s));
        Assert.True(double.IsNaN(result.Monetary.CutPoints[3]));
    }

    [Fact]
    public void Score_AllEqualQuantile_EveryoneGetsTheSameCell()
    {
        var result = RfmScorer.Score(Enumerable.Repeat(7, 100).ToArray(), Enumerable.Repeat(2, 100).ToArray(), Enumerable.Repeat(50.0, 100).ToArray(), Quantile5, null);

        Assert.All(result.RfmCodes.ToArray(), code => Assert.Equal(511, code));
        Assert.Equal([0L, 0, 0, 0, 100], result.Recency.Counts);
    }

    [Fact]
    public void Score_AllEqualNtile_SplitsByPosition()
    {
        var result = RfmScorer.Score(new int[10], Enumerable.Repeat(2, 10).ToArray(), new double[10], new RfmScoringOptions { Method = RfmMethod.Ntile }, null);

        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], result.RecencyScores.ToArray().Select(s => (int)s));
    }

    [Fact]
    public void Score_NegativeMonetary_ScoresBelowPositive()
    {
        var result = RfmScorer.Score(new int[4], new int[4], new[] { -30.0, -0.0, 0.0, 12.0 }, new RfmScoringOptions { Bins = 3 }, null);

        Assert.Equal([1, 1, 1, 3], result.MonetaryScores.ToArray().Select(s => (int)s));
    }

    [Fact]
    public void Score_NtileRecencyMinValue_Throws()
    {
        var options = new RfmScoringOptions { Method = RfmMethod.Ntile };

        var error = Assert.Throws<SegmentationException>(() => RfmScorer.Score(new[] { 1, int.MinValue }, new int[2], new double[2], options, null));

        Assert.Equal("recencyDays[1]", error.Location);
    }

    [Fact]
    public void Score_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => RfmScorer.Score(null!, Quantile5));
        Assert.Throws<ArgumentNullException>(() => RfmScorer.Score(new int[1], new int[1], new double[1], null!, null));
    }
}
