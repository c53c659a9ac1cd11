using static Segmentation.Prediction.Tests.Models.BgNbdModelTests;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>MBG/NBD against the published CDNOW values (Batislam, Denizel and Filiztekin 2007; lifetimes' tests).</summary>
public sealed class ModifiedBgNbdModelTests
{
    [Fact]
    public void Fit_CdnowSample_ReproducesPublishedParametersToThreeDecimals()
    {
        var model = CdnowFits.ModifiedBgNbd;

        Assert.Equal(0.525, model.R, 0.0005);
        Assert.Equal(6.183, model.Alpha, 0.0005);
        Assert.Equal(0.891, model.A, 0.0005);
        Assert.Equal(1.614, model.B, 0.0005);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchases_IsBelowOne()
    {
        // MBG/NBD lets a customer leave right after the first purchase.
        Assert.InRange(CdnowFits.ModifiedBgNbd.ProbabilityAlive(0, 0, 38.86), 0.01, 0.99);
    }

    [Fact]
    public void ProbabilityOfPurchases_SumsToOneAndHasTheExpectationAsMean()
    {
        var model = CdnowFits.ModifiedBgNbd;
        var probabilities = Enumerable.Range(0, 400).Select(k => model.ProbabilityOfPurchases(39, k)).ToArray();

        Assert.Equal(1d, probabilities.Sum(), 1e-9);
        Assert.Equal(model.ExpectedPurchases(39), probabilities.Select((p, k) => p * k).Sum(), 1e-6);
    }

    [Fact]
    public void Fit_CdnowSample_ConvergesWithStandardErrors()
    {
        var report = CdnowFits.ModifiedBgNbd.Report!;
        Assert.All(report.Parameters, p => Assert.InRange(p.StandardError, 1e-6, p.Value));
        AssertRelative(report.LogLikelihood, report.LogLikelihood, 0);
    }
}
