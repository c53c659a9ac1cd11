using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>Inputs above the parallel threshold give the same result on one thread and on all.</summary>
public sealed class RfmParallelTests
{
    [Theory]
    [InlineData(RfmMethod.Quantile)]
    [InlineData(RfmMethod.Ntile)]
    public void Score_LargeInput_ParallelEqualsSingleThreadAndOracle(RfmMethod method)
    {
        const int Count = 300_001;
        var random = new Random(31);
        var recency = Enumerable.Range(0, Count).Select(_ => random.Next(0, 700)).ToArray();
        var frequency = Enumerable.Range(0, Count).Select(_ => random.Next(0, 3) == 0 ? random.Next(1, 60) : 1).ToArray();
        var monetary = Enumerable.Range(0, Count).Select(_ => Math.Round(random.NextDouble() * random.Next(1, 1000), 2)).ToArray();

        var parallel = RfmScorer.Score(recency, frequency, monetary, new RfmScoringOptions { Method = method, MaxDegreeOfParallelism = 4 }, null);
        var single = RfmScorer.Score(recency, frequency, monetary, new RfmScoringOptions { Method = method, MaxDegreeOfParallelism = 1 }, null);

        Assert.Equal(single.RfmCodes.ToArray(), parallel.RfmCodes.ToArray());
        Assert.Equal(single.Monetary.Counts, parallel.Monetary.Counts);
        if (method == RfmMethod.Ntile)
        {
            Assert.Equal(RfmOracle.Ntile(frequency.Select(v => (double)v).ToArray(), 5), parallel.FrequencyScores.ToArray().Select(s => (int)s));
            Assert.Equal(RfmOracle.Ntile(recency.Select(v => -(double)v).ToArray(), 5), parallel.RecencyScores.ToArray().Select(s => (int)s));
            Assert.Equal(RfmOracle.Ntile(monetary, 5), parallel.MonetaryScores.ToArray().Select(s => (int)s));
        }
        else
        {
            Assert.Equal(RfmOracle.QuantileCuts(monetary, 5), parallel.Monetary.CutPoints);
        }
    }

    [Fact]
    public void RfmCodes_LargeInput_AreComputedOnceFromTheScoresAndMatchTheProfiles()
    {
        const int Count = 300_001;
        var random = new Random(47);
        var recency = Enumerable.Range(0, Count).Select(_ => random.Next(0, 700)).ToArray();
        var frequency = Enumerable.Range(0, Count).Select(_ => random.Next(1, 30)).ToArray();
        var monetary = Enumerable.Range(0, Count).Select(_ => random.NextDouble() * 900).ToArray();

        var result = RfmScorer.Score(recency, frequency, monetary, new RfmScoringOptions { Bins = 9, MaxDegreeOfParallelism = 2 }, null);
        var codes = result.RfmCodes;

        Assert.True(codes.Span == result.RfmCodes.Span, "the codes are kept after the first access");
        var r = result.RecencyScores.Span;
        var f = result.FrequencyScores.Span;
        var m = result.MonetaryScores.Span;
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal((100 * r[i]) + (10 * f[i]) + m[i], codes.Span[i]);
        }

        Assert.All(new[] { 0, 1, Count / 2, Count - 1 }, i => Assert.Equal(codes.Span[i], result.Profiles[i].RfmCode));
    }
}
