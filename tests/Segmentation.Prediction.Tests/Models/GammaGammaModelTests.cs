using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>Gamma-Gamma against Fader, Hardie and Lee (2005, "RFM and CLV") on the 946 CDNOW repeat buyers.</summary>
public sealed class GammaGammaModelTests
{
    private static readonly Lazy<GammaGammaModel> Published = new(() => GammaGammaModel.Fit(ReferenceData.CdnowPublishedSummary));

    [Fact]
    public void Fit_PublishedRepeatBuyers_ReproducesPublishedValues()
    {
        var model = Published.Value;

        // Published to two decimals; the likelihood is flat along v, so v is held to 0.01 as
        // lifetimes' test holds all three, and the log-likelihood to 0.01.
        Assert.Equal(6.25, model.P, 0.005);
        Assert.Equal(3.74, model.Q, 0.005);
        Assert.Equal(15.44, model.V, 0.01);
        Assert.Equal(-4055.92, model.Report!.LogLikelihood, 0.01);
        Assert.Equal(946d, model.Report.Observations);
    }

    [Fact]
    public void Fit_SummaryFromTransactions_AgreesWithThePublishedFit()
    {
        // The exact mean spends differ from the published ones by at most half a cent.
        var model = GammaGammaModel.Fit(CdnowFits.Summary.Customers);

        Assert.Equal(Published.Value.P, model.P, 0.01);
        Assert.Equal(Published.Value.Q, model.Q, 0.01);
        Assert.Equal(Published.Value.V, model.V, 0.05);
    }

    [Fact]
    public void ExpectedSpend_ShrinksTowardsThePopulationMean()
    {
        var model = Published.Value;
        var population = model.ExpectedSpend(0, null)!.Value;

        var one = model.ExpectedSpend(1, 100m)!.Value;
        var many = model.ExpectedSpend(20, 100m)!.Value;

        Assert.Equal(model.P * model.V / (model.Q - 1), (double)population, 1e-6);
        Assert.InRange(one, population, many);
        Assert.InRange(many, one, 100m);
    }

    [Fact]
    public void Fit_RepeatBuyerWithoutPositiveSpend_IsRefusedNamingTheCustomer()
    {
        var error = Assert.Throws<SegmentationException>(() => GammaGammaModel.Fit([new CustomerSummary("c7", 2, 3, 4, -5m)]));
        Assert.Equal("c7", error.Location);
    }
}
