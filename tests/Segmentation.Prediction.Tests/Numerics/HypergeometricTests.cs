using Segmentation.Prediction.Numerics;

namespace Segmentation.Prediction.Tests.Numerics;

/// <summary>The 2F1 series computes each term's ratio once; its sums are bit for bit those of the loop that computed it twice.</summary>
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
