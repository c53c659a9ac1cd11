using FsCheck.Xunit;
using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>Laws of RFM scoring, checked on generated customer columns.</summary>
[Properties(Arbitrary = [typeof(RfmArbitraries)], MaxTest = 150)]
public sealed class RfmScorerProperties
{
    [Property]
    public bool Scores_AreWithinOneToBins(RfmColumns c) =>
        Methods(c).All(result =>
            new[] { result.RecencyScores, result.FrequencyScores, result.MonetaryScores }.All(s => s.ToArray().All(v => v >= 1 && v <= c.Bins)));

    [Property]
    public void Quantile_MatchesTheSortingOracle(RfmColumns c)
    {
        var result = Score(c, RfmMethod.Quantile);
        if (c.Count == 0)
        {
            return;
        }

        var rCuts = RfmOracle.QuantileCuts(c.Recency.Select(v => (double)v), c.Bins);
        var fCuts = RfmOracle.QuantileCuts(c.Frequency.Select(v => (double)v), c.Bins);
        var mCuts = RfmOracle.QuantileCuts(c.Monetary, c.Bins);
        Assert.Equal(rCuts, result.Recency.CutPoints);
        Assert.Equal(fCuts, result.Frequency.CutPoints);
        Assert.Equal(mCuts, result.Monetary.CutPoints);
        for (var i = 0; i < c.Count; i++)
        {
            Assert.Equal(RfmOracle.Score(c.Recency[i], rCuts, c.Bins, descending: true), result.RecencyScores.Span[i]);
            Assert.Equal(RfmOracle.Score(c.Frequency[i], fCuts, c.Bins, descending: false), result.FrequencyScores.Span[i]);
            Assert.Equal(RfmOracle.Score(c.Monetary[i], mCuts, c.Bins, descending: false), result.MonetaryScores.Span[i]);
            Assert.Equal((100 * result.RecencyScores.Span[i]) + (10 * result.FrequencyScores.Span[i]) + result.MonetaryScores.Span[i], result.RfmCodes.Span[i]);
        }
    }

    [Property]
    public void Ntile_MatchesTheStableSortOracle(RfmColumns c)
    {
        var result = Score(c, RfmMethod.Ntile);

        Assert.Equal(RfmOracle.Ntile(c.Recency.Select(v => -(double)v).ToArray(), c.Bins), result.RecencyScores.ToArray().Select(s => (int)s));
        Assert.Equal(RfmOracle.Ntile(c.Frequency.Select(v => (double)v).ToArray(), c.Bins), result.FrequencyScores.ToArray().Select(s => (int)s));
        Assert.Equal(RfmOracle.Ntile(c.Monetary, c.Bins), result.MonetaryScores.ToArray().Select(s => (int)s));
    }

    [Property]
    public bool Scores_AreMonotoneInEachDimension(RfmColumns c) =>
        Methods(c).All(result =>
            Monotone(c.Frequency.Select(v => (double)v).ToArray(), result.FrequencyScores.ToArray(), +1)
            && Monotone(c.Monetary, result.MonetaryScores.ToArray(), +1)
            && Monotone(c.Recency.Select(v => (double)v).ToArray(), result.RecencyScores.ToArray(), -1));

    [Property]
    public bool Quantile_EqualValuesGetEqualScores(RfmColumns c)
    {
        var result = Score(c, RfmMethod.Quantile);
        return SameValueSameScore(c.Frequency.Select(v => (double)v).ToArray(), result.FrequencyScores.ToArray())
            && SameValueSameScore(c.Monetary, result.MonetaryScores.ToArray())
            && SameValueSameScore(c.Recency.Select(v => (double)v).ToArray(), result.RecencyScores.ToArray());
    }

    [Property]
    public void Quantile_PermutedInput_PermutesScoresAndNothingElse(RfmColumns c, int seed)
    {
        var permutation = Enumerable.Range(0, c.Count).ToArray();
        new Random(seed).Shuffle(permutation);
        var permuted = new RfmColumns(
            permutation.Select(i => c.Recency[i]).ToArray(),
            permutation.Select(i => c.Frequency[i]).ToArray(),
            permutation.Select(i => c.Monetary[i]).ToArray(),
            c.Bins);

        var original = Score(c, RfmMethod.Quantile);
        var shuffled = Score(permuted, RfmMethod.Quantile);

        Assert.Equal(permutation.Select(i => original.RfmCodes.Span[i]), shuffled.RfmCodes.ToArray());
        foreach (var (a, b) in new[] { (original.Recency, shuffled.Recency), (original.Frequency, shuffled.Frequency), (original.Monetary, shuffled.Monetary) })
        {
            Assert.Equal(a.CutPoints, b.CutPoints);
            Assert.Equal(a.Counts, b.Counts);
        }
    }

    [Property]
    public bool Ntile_GroupSizesDifferByAtMostOneWithLargerGroupsFirst(RfmColumns c)
    {
        var result = Score(c, RfmMethod.Ntile);
        return new[] { result.Recency, result.Frequency, result.Monetary }.All(d =>
            d.Counts.Zip(d.Counts.Skip(1)).All(p => p.First >= p.Second)
            && d.Counts[0] - d.Counts[^1] <= 1
            && d.Counts.Sum() == c.Count);
    }

    [Property]
    public bool Counts_MatchTheScores(RfmColumns c) =>
        Methods(c).All(result =>
            Enumerable.Range(1, c.Bins).All(s =>
                result.Recency.Counts[s - 1] == result.RecencyScores.ToArray().Count(v => v == s)
                && result.Frequency.Counts[s - 1] == result.FrequencyScores.ToArray().Count(v => v == s)
                && result.Monetary.Counts[s - 1] == result.MonetaryScores.ToArray().Count(v => v == s)));

    private static RfmScoreResult Score(RfmColumns c, RfmMethod method) =>
        RfmScorer.Score(c.Recency, c.Frequency, c.Monetary, new RfmScoringOptions { Bins = c.Bins, Method = method }, null);

    private static IEnumerable<RfmScoreResult> Methods(RfmColumns c) =>
        [Score(c, RfmMethod.Quantile), Score(c, RfmMethod.Ntile)];

    // For every pair with v_i < v_j (in the score's direction), s_i <= s_j. Equal values may differ
    // (ntile splits ties), so compare whole groups: the largest score of each value must not exceed
    // the smallest score of the next value, which chains to every later value.
    private static bool Monotone(double[] values, byte[] scores, int direction)
    {
        var groups = values.Select((v, i) => (Key: v * direction, Score: scores[i]))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Key)
            .Select(g => (Min: g.Min(x => x.Score), Max: g.Max(x => x.Score)))
            .ToArray();
        return groups.Zip(groups.Skip(1)).All(p => p.First.Max <= p.Second.Min);
    }

    private static bool SameValueSameScore(double[] values, byte[] scores) =>
        values.Select((v, i) => (v, s: scores[i])).GroupBy(x => x.v).All(g => g.Select(x => x.s).Distinct().Count() == 1);
}
