using Segmentation.Rfm.Kernels;

namespace Segmentation.Tests.Rfm.Kernels;

/// <summary>
/// The one-pass paths of cut-point selection: exponent buckets for double columns of 262,144 values
/// or more, the counting pass for integer columns, and the vectorized double histogram.
/// </summary>
public sealed class LargeColumnSelectTests
{
    public static TheoryData<string, int> DoubleColumns => new()
    {
        { "magnitudes", 1 }, { "magnitudes", 2 }, { "ties", 1 }, { "ties", 2 }, { "constant", 2 }, { "negative", 2 },
    };

    [Theory]
    [MemberData(nameof(DoubleColumns))]
    public void Select_LargeDoubleColumn_MatchesSortedOrder(string shape, int parallelism)
    {
        var values = LargeDoubles(shape, 300_007);
        var sorted = values.Order().ToArray();
        long[] ranks = [0, 1, 60_000, 60_001, 150_003, 240_005, 299_999, 300_006];
        var found = new double[ranks.Length];
        var before = new long[ranks.Length];
        var equal = new long[ranks.Length];

        RadixSelect<double, AscendingDoubleKey>.Select(values, ranks, found, before, equal, parallelism);

        for (var i = 0; i < ranks.Length; i++)
        {
            Assert.Equal(sorted[ranks[i]], found[i]);
            Assert.Equal(values.Count(v => v < found[i]), before[i]);
            Assert.Equal(values.Count(v => v == found[i]), equal[i]);
        }
    }

    [Fact]
    public void DoubleHistogram_EveryLength_CountsLikeTheScalarKeys()
    {
        var random = new Random(5);
        for (var length = 0; length <= 67; length++)
        {
            var values = Enumerable.Range(0, length).Select(i => i % 7 == 0 ? -0d : (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 6))).ToArray();
            AssertCountsLikeScalar(values, minKey: 0, shift: 46, buckets: 1 << 18);
            if (length > 0)
            {
                var minKey = values.Min(AscendingDoubleKey.ToKey);
                AssertCountsLikeScalar(values, minKey, shift: 52, buckets: (int)((values.Max(AscendingDoubleKey.ToKey) - minKey) >> 52) + 1);
            }
        }
    }

    [Theory]
    [InlineData(0, 730)]
    [InlineData(1, 60)]
    [InlineData(0, 4096)]
    public void SmallIntegerSelect_ValuesInRange_MatchesSortedOrder(int low, int high)
    {
        var random = new Random(high);
        var values = Enumerable.Range(0, 150_000).Select(_ => random.Next(low, high)).ToArray();
        var sorted = values.Order().ToArray();
        long[] ranks = [0, 29_999, 30_000, 89_999, 149_999];
        var found = new int[ranks.Length];

        Assert.True(SmallIntegerSelect.TrySelect(values, ranks, found, parallelism: 2));

        Assert.Equal(ranks.Select(r => sorted[r]), found);
    }

    [Fact]
    public void SmallIntegerSelect_OutliersAwayFromTheRanks_StillAnswersExactly()
    {
        var random = new Random(9);
        var values = Enumerable.Range(0, 70_000).Select(i => i % 1000 == 0 ? (i % 2000 == 0 ? -5 : 1_000_000) : random.Next(0, 300)).ToArray();
        var sorted = values.Order().ToArray();
        long[] ranks = [14_000, 35_000, 55_999];
        var found = new int[ranks.Length];

        Assert.True(SmallIntegerSelect.TrySelect(values, ranks, found, parallelism: 1));

        Assert.Equal(ranks.Select(r => sorted[r]), found);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(69_999L)]
    public void SmallIntegerSelect_RankOnAnOutlier_Declines(long rank)
    {
        var values = Enumerable.Range(0, 70_000).Select(i => i switch { 0 => -1, 69_999 => 4096, _ => i % 50 }).ToArray();

        Assert.False(SmallIntegerSelect.TrySelect(values, [rank], new int[1], parallelism: 1));
        Assert.True(SmallIntegerSelect.TrySelect(values, [1], new int[1], parallelism: 1));
    }

    [Fact]
    public void SmallIntegerSelect_ShortColumn_LeavesItToRadixSelection()
    {
        var values = Enumerable.Range(0, SmallIntegerSelect.MinimumLength - 1).Select(i => i % 100).ToArray();

        Assert.False(SmallIntegerSelect.TrySelect(values, [0], new int[1], parallelism: 1));
    }

    [Theory]
    [InlineData(new[] { 250_000 }, 250_000)]
    [InlineData(new[] { 250_000, 10 }, 10)]
    [InlineData(new[] { 0, 299_999 }, 0)]
    [InlineData(new int[0], -1)]
    public void IndexOfNonFinite_TwoChunks_FindsTheEarliest(int[] badAt, int expected)
    {
        var values = Enumerable.Range(0, 300_000).Select(i => i * 0.5).ToArray();
        foreach (var at in badAt)
        {
            values[at] = at % 2 == 0 ? double.NaN : double.NegativeInfinity;
        }

        Assert.Equal(expected, FiniteCheck.IndexOfNonFinite(values, maxDegreeOfParallelism: 2));
        Assert.Equal(expected, FiniteCheck.IndexOfNonFinite(values.AsSpan()));
    }

    private static void AssertCountsLikeScalar(double[] values, ulong minKey, int shift, int buckets)
    {
        var expected = new int[buckets];
        foreach (var value in values)
        {
            expected[(int)((AscendingDoubleKey.ToKey(value) - minKey) >> shift)]++;
        }

        var actual = new int[buckets];
        DoubleHistogram.Count(values, minKey, shift, actual);
        Assert.Equal(expected, actual);
    }

    private static double[] LargeDoubles(string shape, int length)
    {
        var random = new Random(length + shape.Length);
        double[] specials = [-0d, 0d, double.MinValue, double.MaxValue, double.Epsilon, -double.Epsilon];
        return shape switch
        {
            "magnitudes" => [.. Enumerable.Range(0, length).Select(i => i % 97 == 0 ? specials[i / 97 % specials.Length] : Math.Exp((random.NextDouble() * 40) - 20) * (random.Next(4) == 0 ? -1 : 1))],
            "ties" => [.. Enumerable.Range(0, length).Select(_ => random.Next(3) == 0 ? 19.99 : Math.Round(Math.Exp(3 + random.NextDouble()), 1))],
            "constant" => [.. Enumerable.Repeat(250.0, length)],
            _ => [.. Enumerable.Range(0, length).Select(_ => -Math.Round(random.NextDouble() * 1000, 2))],
        };
    }
}
