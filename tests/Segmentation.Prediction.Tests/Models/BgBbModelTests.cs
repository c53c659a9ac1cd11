using Segmentation.Prediction.Models;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>BG/BB against Fader, Hardie and Shang (2010) on the donations data.</summary>
public sealed class BgBbModelTests
{
    private static readonly Lazy<BgBbModel> Fitted = new(() => BgBbModel.Fit(ReferenceData.Donations()));

    [Fact]
    public void Fit_Donations_ReproducesPublishedParameters()
    {
        var model = Fitted.Value;

        Assert.Equal(1.204, model.Alpha, 0.0005);
        Assert.Equal(0.750, model.Beta, 0.0005);
        Assert.Equal(0.657, model.Gamma, 0.0005);
        Assert.Equal(2.783, model.Delta, 0.0005);
        Assert.Equal(11104d, model.Report!.Observations);
    }

    [Theory]
    [InlineData(0, 0, 0.11)]
    [InlineData(2, 4, 0.59)]
    [InlineData(6, 6, 0.93)]
    public void ProbabilityAlive_PublishedPatterns(int frequency, int recency, double expected)
    {
        Assert.Equal(expected, Fitted.Value.ProbabilityAlive(new DiscretePattern(frequency, recency, 6)), 0.005);
    }

    [Fact]
    public void ConditionalExpectedPurchases_AllDonorsNextFiveYears_MatchesPublishedTotal()
    {
        var model = Fitted.Value;
        var total = ReferenceData.Donations().Sum(p => p.Count * model.ConditionalExpectedPurchases(p, 5));

        Assert.Equal(12884.2, total, 1.0);
    }

    [Fact]
    public void Fit_ImpossiblePattern_NamesTheFix()
    {
        var error = Assert.Throws<SegmentationException>(() => BgBbModel.Fit([new DiscretePattern(3, 2, 6)]));
        Assert.Contains("frequency <= recency", error.Message, StringComparison.Ordinal);
    }
}
