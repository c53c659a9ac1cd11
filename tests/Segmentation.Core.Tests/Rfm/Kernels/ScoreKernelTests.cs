using System.Runtime.Intrinsics;
using Segmentation.Rfm.Kernels;

namespace Segmentation.Tests.Rfm.Kernels;

/// <summary>Every vector tier against the scalar specification, at every length around the vector widths.</summary>
public sealed class ScoreKernelTests
{
    private const int MaxLength = (4 * 64) + 3; // a few Vector512 blocks of bytes past the widest tier

    private delegate void IntTier(ReadOnlySpan<int> v, ReadOnlySpan<int> c, int bins, bool descending, Span<byte> d);

    private delegate void DoubleTier(ReadOnlySpan<double> v, ReadOnlySpan<double> c, int bins, bool descending, Span<byte> d);

    public static TheoryData<string> Tiers => new() { "dispatch", "128", "256", "512" };

    [Theory]
    [MemberData(nameof(Tiers))]
    public void ScoreInt32_EveryLength_MatchesScalar(string tier)
    {
        var random = new Random(17);
        for (var length = 0; length <= MaxLength; length++)
        {
            var values = Enumerable.Range(0, length).Select(_ => random.Next(-3, 12)).ToArray();
            foreach (var descending in new[] { false, true })
            {
                int[] cuts = [0, 2, 2, 5, 9];
                AssertSame(values, cuts, 6, descending, IntTierOf(tier), $"tier {tier} length {length} descending {descending}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void ScoreDouble_EveryLength_MatchesScalar(string tier)
    {
        var random = new Random(23);
        for (var length = 0; length <= MaxLength; length++)
        {
            var values = Enumerable.Range(0, length).Select(_ => Math.Round((random.NextDouble() * 20) - 5, 1)).ToArray();
            foreach (var descending in new[] { false, true })
            {
                double[] cuts = [-1.5, 0, 0, 3.25, 7, 14.9];
                AssertSame(values, cuts, 7, descending, DoubleTierOf(tier), $"tier {tier} length {length} descending {descending}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void ScoreInt32_SpecialValues_MatchesScalarAndSpecification(string tier)
    {
        int[] cuts = [int.MinValue, -1, 0, 0, 7, int.MaxValue - 1, int.MaxValue, int.MaxValue, int.MaxValue];
        int[] specials = [int.MinValue, int.MinValue + 1, -1, 0, 1, 7, 8, int.MaxValue - 1, int.MaxValue];
        var random = new Random(5);
        var values = Enumerable.Range(0, 200).Select(_ => specials[random.Next(specials.Length)]).ToArray();
        AssertSame(values, cuts, 10, false, IntTierOf(tier), "ascending");
        AssertSame(values, cuts, 10, true, IntTierOf(tier), "descending");

        var scores = new byte[values.Length];
        IntTierOf(tier)(values, cuts, 10, false, scores);
        Assert.Equal(1, scores[Array.IndexOf(values, int.MinValue)]);
        Assert.Equal(7, scores[Array.IndexOf(values, int.MaxValue)]); // above six cut points, not above int.MaxValue itself
        Assert.Equal(5, scores[Array.IndexOf(values, 7)]); // equal to a cut point: not above it
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void ScoreDouble_SpecialValues_MatchesScalar(string tier)
    {
        double[] cuts = [double.NegativeInfinity, double.MinValue, -0d, 0d, double.Epsilon, 1e300, double.MaxValue, double.PositiveInfinity];
        double[] specials = [double.MinValue, -1e-300, -0d, 0d, double.Epsilon, 1, 1e300, double.MaxValue];
        var random = new Random(9);
        var values = Enumerable.Range(0, 300).Select(_ => specials[random.Next(specials.Length)]).ToArray();
        AssertSame(values, cuts, 9, false, DoubleTierOf(tier), "ascending");
        AssertSame(values, cuts, 9, true, DoubleTierOf(tier), "descending");
    }

    [Fact]
    public void Score_RandomLargeInputs_AllTiersAgree()
    {
        var random = new Random(2024);
        var ints = Enumerable.Range(0, 100_003).Select(_ => random.Next(0, 600)).ToArray();
        var doubles = Enumerable.Range(0, 100_003).Select(_ => random.NextDouble() * 1000).ToArray();
        int[] intCuts = [50, 120, 300, 451];
        double[] doubleCuts = [10.5, 99.9, 500, 870.25];
        foreach (var tier in new[] { "dispatch", "128", "256", "512" })
        {
            AssertSame(ints, intCuts, 5, true, IntTierOf(tier), tier);
            AssertSame(doubles, doubleCuts, 5, false, DoubleTierOf(tier), tier);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Score_AnyInput_VectorEqualsScalar(int[] values, int seed)
    {
        var random = new Random(seed);
        var bins = random.Next(2, 11);
        var cuts = Enumerable.Range(0, bins - 1).Select(_ => random.Next(-50, 50)).Order().ToArray();
        var expected = new byte[values.Length];
        var actual = new byte[values.Length];
        ScoreKernel.ScoreScalar(values, cuts, bins, seed % 2 == 0, expected);
        ScoreKernel.Score(values, cuts, bins, seed % 2 == 0, actual);
        return expected.AsSpan().SequenceEqual(actual);
    }

    [Fact]
    public void Score_DestinationTooShort_Throws()
    {
        int[] values = [1, 2, 3];
        Assert.Throws<InvalidOperationException>(() => ScoreKernel.Score(values, [1], 2, false, new byte[2]));
    }

    [Fact]
    public void Tiers_ReportWhatThisMachineAccelerates()
    {
        // Not an assertion about speed: records in the test log which tiers the dispatch can take
        // in this process (the CI matrix switches them off with DOTNET_EnableAVX512/AVX2/HWIntrinsic).
        var accelerated = new[] { Vector128.IsHardwareAccelerated, Vector256.IsHardwareAccelerated, Vector512.IsHardwareAccelerated };
        Assert.True(!accelerated[2] || accelerated[1], "Vector512 acceleration implies Vector256 acceleration.");
        TestContext.Current.SendDiagnosticMessage($"V128={accelerated[0]} V256={accelerated[1]} V512={accelerated[2]}");
    }

    private static void AssertSame<T>(T[] values, T[] cuts, int bins, bool descending, Action<T[], T[], int, bool, byte[]> tier, string because)
    {
        var expected = new byte[values.Length];
        var actual = new byte[values.Length + 1];
        actual[^1] = 0xAB;
        Scalar(values, cuts, bins, descending, expected);
        tier(values, cuts, bins, descending, actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual.AsSpan(0, values.Length)), because);
        Assert.True(actual[^1] == 0xAB, because + ": wrote past the end");
    }

    private static void Scalar<T>(T[] values, T[] cuts, int bins, bool descending, byte[] destination)
    {
        if (values is int[] ints)
        {
            ScoreKernel.ScoreScalar(ints, (int[])(object)cuts, bins, descending, destination);
        }
        else
        {
            ScoreKernel.ScoreScalar((double[])(object)values, (double[])(object)cuts, bins, descending, destination);
        }
    }

    private static Action<int[], int[], int, bool, byte[]> IntTierOf(string tier)
    {
        IntTier run = tier switch
        {
            "128" => ScoreKernel.ScoreVector128,
            "256" => ScoreKernel.ScoreVector256,
            "512" => ScoreKernel.ScoreVector512,
            _ => ScoreKernel.Score,
        };
        return (v, c, b, d, dst) => run(v, c, b, d, dst);
    }

    private static Action<double[], double[], int, bool, byte[]> DoubleTierOf(string tier)
    {
        DoubleTier run = tier switch
        {
            "128" => ScoreKernel.ScoreVector128,
            "256" => ScoreKernel.ScoreVector256,
            "512" => ScoreKernel.ScoreVector512,
            _ => ScoreKernel.Score,
        };
        return (v, c, b, d, dst) => run(v, c, b, d, dst);
    }
}
