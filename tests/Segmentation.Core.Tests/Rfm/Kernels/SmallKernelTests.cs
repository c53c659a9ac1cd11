using Segmentation.Rfm.Kernels;

namespace Segmentation.Tests.Rfm.Kernels;

public sealed class SmallKernelTests
{
    [Fact]
    public void Count_EveryLength_MatchesScalar()
    {
        var random = new Random(1);
        for (var length = 0; length <= 300; length++)
        {
            var scores = Enumerable.Range(0, length).Select(_ => (byte)random.Next(1, 6)).ToArray();
            for (byte s = 1; s <= 5; s++)
            {
                Assert.Equal(ScoreCounter.CountScalar(scores, s), ScoreCounter.Count(scores, s));
            }
        }
    }

    [Fact]
    public void Count_MoreThan255VectorsOfOneValue_DoesNotOverflowLanes()
    {
        var scores = Enumerable.Repeat((byte)3, (255 * 32 * 3) + 17).ToArray();

        Assert.Equal(scores.Length, ScoreCounter.Count(scores, 3));
    }

    [Fact]
    public void Combine_EveryLength_MatchesScalar()
    {
        var random = new Random(2);
        for (var length = 0; length <= 200; length++)
        {
            byte[] r = RandomScores(random, length), f = RandomScores(random, length), m = RandomScores(random, length);
            var expected = new short[length];
            var actual = new short[length];
            RfmCodeKernel.CombineScalar(r, f, m, expected);
            RfmCodeKernel.Combine(r, f, m, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Combine_TenBins_GivesDistinctCodes()
    {
        var codes = new HashSet<int>();
        for (var r = 1; r <= 10; r++)
        {
            for (var f = 1; f <= 10; f++)
            {
                for (var m = 1; m <= 10; m++)
                {
                    var code = new short[1];
                    RfmCodeKernel.CombineScalar([(byte)r], [(byte)f], [(byte)m], code);
                    Assert.True(codes.Add(code[0]), $"code {code[0]} repeats");
                }
            }
        }
    }

    [Fact]
    public void IndexOfNonFinite_FindsTheFirstBadValue()
    {
        for (var length = 1; length <= 40; length++)
        {
            for (var at = 0; at < length; at++)
            {
                var values = Enumerable.Range(0, length).Select(i => (double)i).ToArray();
                values[at] = at % 3 == 0 ? double.NaN : at % 3 == 1 ? double.PositiveInfinity : double.NegativeInfinity;
                Assert.Equal(at, FiniteCheck.IndexOfNonFinite(values));
            }
        }

        Assert.Equal(-1, FiniteCheck.IndexOfNonFinite([double.MaxValue, double.MinValue, -0d, 1, 2, 3, 4, 5, 6]));
    }

    private static byte[] RandomScores(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (byte)random.Next(1, 11)).ToArray();
}
