using Segmentation.Rfm.Kernels;

namespace Segmentation.Tests.Rfm.Kernels;

public sealed class RadixSelectTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(65, 3)]
    [InlineData(1000, 100_000)]
    [InlineData(5000, int.MaxValue)]
    [InlineData(70_000, 7)]
    public void Select_Int32_MatchesSortedOrder(int length, int spread)
    {
        var random = new Random(length);
        var values = Enumerable.Range(0, length).Select(_ => (int)(random.NextInt64(-(long)spread, spread))).ToArray();
        var sorted = values.Order().ToArray();
        long[] ranks = [0, length / 3, length / 2, length / 2, length - 1];
        var found = new int[ranks.Length];
        var before = new long[ranks.Length];

        RadixSelect<int, AscendingInt32Key>.Select(values, ranks, found, before);

        for (var i = 0; i < ranks.Length; i++)
        {
            Assert.Equal(sorted[ranks[i]], found[i]);
            Assert.Equal(Array.IndexOf(sorted, found[i]), before[i]);
        }
    }

    [Fact]
    public void Select_DescendingInt32_MatchesReverseOrder()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 3000).Select(_ => random.Next(0, 400)).ToArray();
        var sorted = values.OrderDescending().ToArray();
        long[] ranks = [0, 599, 600, 1799, 2999];
        var found = new int[ranks.Length];
        var before = new long[ranks.Length];

        RadixSelect<int, DescendingInt32Key>.Select(values, ranks, found, before);

        for (var i = 0; i < ranks.Length; i++)
        {
            Assert.Equal(sorted[ranks[i]], found[i]);
            Assert.Equal(values.Count(v => v > found[i]), before[i]);
        }
    }

    [Fact]
    public void Select_DoublesAcrossMagnitudes_MatchesSortedOrder()
    {
        var random = new Random(11);
        double[] specials = [-0d, 0d, double.MinValue, double.MaxValue, double.Epsilon, -double.Epsilon];
        var values = Enumerable.Range(0, 20_000)
            .Select(i => i % 50 == 0 ? specials[i / 50 % specials.Length] : Math.Exp((random.NextDouble() * 40) - 20) * (random.Next(4) == 0 ? -1 : 1))
            .ToArray();
        var sorted = values.Order().ToArray();
        long[] ranks = [0, 1, 4000, 8000, 8001, 12_000, 19_998, 19_999];
        var found = new double[ranks.Length];
        var before = new long[ranks.Length];

        RadixSelect<double, AscendingDoubleKey>.Select(values, ranks, found, before);

        for (var i = 0; i < ranks.Length; i++)
        {
            Assert.Equal(sorted[ranks[i]], found[i]);
            Assert.Equal(values.Count(v => v < found[i]), before[i]);
        }
    }

    [Fact]
    public void Select_AllEqual_ReturnsTheValueWithNothingBefore()
    {
        var values = Enumerable.Repeat(42.5, 1000).ToArray();
        var found = new double[2];
        var before = new long[2];

        RadixSelect<double, AscendingDoubleKey>.Select(values, [0, 999], found, before);

        Assert.Equal([42.5, 42.5], found);
        Assert.Equal([0L, 0L], before);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1.5)]
    [InlineData(double.MaxValue)]
    public void DoubleKey_RoundTrips(double value)
    {
        var back = AscendingDoubleKey.FromKey(AscendingDoubleKey.ToKey(value));

        Assert.Equal(value, back); // -0 comes back as +0, which compares equal
    }
}
