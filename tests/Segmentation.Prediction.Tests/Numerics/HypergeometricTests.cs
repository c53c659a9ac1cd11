using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Tests.Numerics;

/// <summary>
/// The 2F1 series computes each term's ratio once; its sums are bit for bit those of the loop that
/// computed it twice. The Pareto/NBD form's integral near z = 1 agrees with its series and with
/// 50-digit mpmath.
/// </summary>
public sealed class HypergeometricTests
{
    public static TheoryData<double, double, double> BgNbdForms() => new()
    {
        // (a+b-1-r, a-1; a+b+x-1): CDNOW's estimates at x = 0, 1, 30, 1000, and wider shapes.
        { 2.976, -0.207, 2.219 },
        { 2.976, -0.207, 3.219 },
        { 2.976, -0.207, 32.219 },
        { 2.976, -0.207, 1002.219 },
        { 0.5, 3.25, 1.75 },
        { 12.5, 7.1, 0.3 },
    };

    [Theory]
    [MemberData(nameof(BgNbdForms))]
    public void Series_OnAGridOfZ_BitIdenticalToTheTwoDivisionLoop(double a, double b, double c)
    {
        for (var z = 0d; z < 1d; z += 0.0123)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(TwoDivisionLoop(a, b, c, z)), BitConverter.DoubleToInt64Bits(Hypergeometric.Series(a, b, c, z)));
        }
    }

    public static TheoryData<double, double> ParetoForms() => new()
    {
        // (r+s+x, s+1 or r+x), so b < a + 1: CDNOW's estimates at x = 0 and 30, small and large shapes.
        { 1.1594, 1.60625 },
        { 31.1594, 30.55315 },
        { 24.3, 25d },
        { 0.8, 1.7 },
        { 40d, 0.7 },
        { 1000.5, 3d },
    };

    [Theory]
    [MemberData(nameof(ParetoForms))]
    public void LogIntegralCEqualsAPlusOne_WhereTheSeriesStillSettles_AgreesWithIt(double a, double b)
    {
        for (var z = 0.5; z < 0.999; z += 0.0173)
        {
            var series = Hypergeometric.LogSeriesCEqualsAPlusOne(a, b, z, 1d - z);
            if (z > Hypergeometric.SeriesLimit)
            {
                series = SeriesBeyondTheLimit(a, b, z);
            }

            Assert.Equal(series, Hypergeometric.LogIntegralCEqualsAPlusOne(a, b, z, 1d - z), 1e-13 * Math.Max(1d, Math.Abs(series)));
        }
    }

    [Theory]
    [InlineData(1.5, 1.6, 1e-9, 13.350242912896719252)]
    [InlineData(24.3, 25d, 1e-6, 331.58467589809765811)]
    [InlineData(0.8, 1.7, 1e-10, 16.25162700700640187)]
    [InlineData(40d, 0.7, 1e-12, 3.6797983529648643898)]
    [InlineData(1000.5, 3d, 0.02, 11.604197349845028057)]
    [InlineData(2d, 0.5, 0.05, 0.68320685601234660448)]
    public void LogSeriesCEqualsAPlusOne_NearOne_MatchesMpmath(double a, double b, double oneMinusZ, double expected)
    {
        // ln 2F1(a, b; a+1; 1 - oneMinusZ) from mpmath.hyp2f1 at 50 digits; the series alone would
        // need about 37/(1 - z) terms (its cap of 2 million made a Pareto/NBD fit at a boundary hang).
        Assert.Equal(expected, Hypergeometric.LogSeriesCEqualsAPlusOne(a, b, 1d - oneMinusZ, oneMinusZ), 1e-12 * Math.Abs(expected));
    }

    // The Euler-transformed series with no switch to the integral: the specification above the limit.
    private static double SeriesBeyondTheLimit(double a, double b, double z)
    {
        double sum = 1d, term = 1d;
        for (var n = 0; n < 2_000_000; n++)
        {
            term *= (a + 1d - b + n) / (a + 1d + n) * z;
            sum += term;
            if (term <= 1e-16 * sum * (1d - z))
            {
                break;
            }
        }

        return ((1d - b) * Math.Log(1d - z)) + Math.Log(sum);
    }

    // The series as it was before the ratio was reused: the specification of the sums.
    private static double TwoDivisionLoop(double a, double b, double c, double z)
    {
        double sum = 1d, term = 1d, tail = 1d - z;
        for (var n = 0; n < 2_000_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-16 * Math.Abs(sum) * tail && Math.Abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2))) * z < 1d)
            {
                return sum;
            }

            if (term == 0d)
            {
                return sum;
            }
        }

        return double.NaN;
    }
}
