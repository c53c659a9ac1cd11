using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Models;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>BG/NBD against the values published by Fader, Hardie and Lee (2005) on the CDNOW sample.</summary>
public sealed class BgNbdModelTests
{
    private static readonly BgNbdModel Published = new(0.2426, 4.4136, 0.7929, 2.4259);

    [Fact]
    public void Fit_CdnowSample_ReproducesPublishedParameters()
    {
        var model = CdnowFits.BgNbd;

        AssertRelative(0.2426, model.R, 1e-3);
        AssertRelative(4.4136, model.Alpha, 1e-3);
        AssertRelative(0.7929, model.A, 1e-3);
        AssertRelative(2.4259, model.B, 1e-3);
        Assert.Equal(-9582.43, model.Report!.LogLikelihood, 0.01);
    }

    [Fact]
    public void Fit_CdnowSample_ReportsConvergenceAndStandardErrors()
    {
        var report = CdnowFits.BgNbd.Report!;

        Assert.Equal(2357d, report.Observations);
        Assert.True(report.GradientNorm <= FitOptions.Default.GradientTolerance);
        Assert.Equal(["r", "alpha", "a", "b"], report.Parameters.Select(p => p.Name));
        // Standard errors are finite, positive, and smaller than the estimates on 2,357 customers.
        Assert.All(report.Parameters, p => Assert.InRange(p.StandardError, 1e-6, p.Value));
    }

    [Fact]
    public void ConditionalExpectedPurchases_PublishedCustomer_Is1226()
    {
        Assert.Equal(1.226, CdnowFits.BgNbd.ConditionalExpectedPurchases(39, 2, 30.43, 38.86), 0.001);
    }

    [Theory]
    [InlineData(1d, 0.0532, 0.053185541226539259762)]
    [InlineData(3d, 0.1506, 0.150634501212864617234)]
    [InlineData(32d, 1.0437, 1.043763953815202437662)]
    [InlineData(78d, 1.8576, 1.858023904866291463237)]
    public void ExpectedPurchases_NewCustomer_MatchesPublishedAndExactValues(double weeks, double published, double exact)
    {
        // "exact": the closed form with the paper's four-decimal estimates in 30-digit arithmetic
        // (mpmath 1.3 hyp2f1). The published figures come from Hardie's spreadsheet and differ
        // from it by up to 4.2e-4 at t = 78 (lifetimes holds them to 1.5e-3).
        Assert.Equal(exact, Published.ExpectedPurchases(weeks), 1e-12);
        Assert.Equal(published, Published.ExpectedPurchases(weeks), 5e-4);
        Assert.Equal(published, CdnowFits.BgNbd.ExpectedPurchases(weeks), 5e-4);
    }

    [Fact]
    public void ProbabilityOfPurchases_NoneIn39Weeks_MatchesPublished()
    {
        // 0.5737864 is R BTYD's value for the three-decimal estimates (0.243, 4.414, 0.793, 2.426);
        // P(X(t)=0) = (α/(α+t))^r, so the fitted estimates give 0.5743.
        var btyd = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        Assert.Equal(0.5737864, btyd.ProbabilityOfPurchases(39, 0), 1e-7);
        Assert.Equal(0.5737864, CdnowFits.BgNbd.ProbabilityOfPurchases(39, 0), 1e-3);
    }

    [Fact]
    public void ProbabilityOfPurchases_TenIn2Weeks_MatchesBtyd()
    {
        Assert.Equal(1.07869e-07, new BgNbdModel(0.243, 4.414, 0.793, 2.426).ProbabilityOfPurchases(2, 10), 1e-11);
    }

    [Fact]
    public void ProbabilityOfPurchases_SumsToOneAndHasTheExpectationAsMean()
    {
        var model = CdnowFits.BgNbd;
        var probabilities = Enumerable.Range(0, 400).Select(k => model.ProbabilityOfPurchases(39, k)).ToArray();

        Assert.Equal(1d, probabilities.Sum(), 1e-9);
        Assert.Equal(model.ExpectedPurchases(39), probabilities.Select((p, k) => p * k).Sum(), 1e-6);
    }

    [Fact]
    public void ProbabilityAlive_NoRepeatPurchases_IsOne()
    {
        Assert.Equal(1d, CdnowFits.BgNbd.ProbabilityAlive(0, 0, 38.86));
    }

    [Fact]
    public void Fit_IdenticalRowsWeighted_EqualsFitOnRepeatedRows()
    {
        // Weights are how identical rows enter the likelihood: doubling every customer doubles the
        // log-likelihood and leaves the estimates where they were.
        var doubled = CdnowFits.Summary.Customers.Concat(CdnowFits.Summary.Customers);
        var model = BgNbdModel.Fit(doubled, CdnowFits.Unit, null);

        Assert.Equal(2 * CdnowFits.BgNbd.Report!.LogLikelihood, model.Report!.LogLikelihood, 1e-6);
        AssertRelative(CdnowFits.BgNbd.R, model.R, 1e-6);
    }

    [Fact]
    public void Fit_NoCustomers_IsATypedError()
    {
        Assert.Throws<ModelFitException>(() => BgNbdModel.Fit([], CdnowFits.Unit, null));
    }

    [Fact]
    public void Fit_NoRepeatBuyers_IsATypedErrorNotAnEstimate()
    {
        // Without any repeat purchase the purchase rate runs to 0: the likelihood has no maximum.
        var customers = Enumerable.Range(0, 50).Select(i => new Segmentation.Prediction.Summary.CustomerSummary($"c{i}", 0, 0, 10 + i));

        Assert.Throws<ModelFitException>(() => BgNbdModel.Fit(customers, CdnowFits.Unit, null));
    }

    internal static void AssertRelative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected} within {tolerance:P2}, got {actual}");
}
