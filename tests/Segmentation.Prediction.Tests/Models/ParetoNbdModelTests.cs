using Segmentation.Prediction.Fitting;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using static Segmentation.Prediction.Tests.Models.BgNbdModelTests;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>Pareto/NBD against the published CDNOW values (Fader, Hardie and Lee 2005, "A Note on Deriving the Pareto/NBD Model").</summary>
public sealed class ParetoNbdModelTests
{
    [Fact]
    public void Fit_CdnowSample_ReproducesPublishedParameters()
    {
        var model = CdnowFits.ParetoNbd;

        AssertRelative(0.55315, model.R, 1e-3);
        AssertRelative(10.57633, model.Alpha, 1e-3);
        AssertRelative(0.60625, model.S, 1e-3);
        AssertRelative(11.67150, model.Beta, 1e-3);
        Assert.Equal(-9594.98, model.Report!.LogLikelihood, 0.01);
        Assert.All(model.Report.Parameters, p => Assert.InRange(p.StandardError, 1e-6, p.Value));
    }

    [Fact]
    public void ConditionalExpectedPurchases_PublishedCustomer_Is2546()
    {
        Assert.Equal(25.46, CdnowFits.ParetoNbd.ConditionalExpectedPurchases(52, 26, 30.86, 31), 0.01);
    }

    [Fact]
    public void ProbabilityOfPurchases_SumsToOneAndHasTheExpectationAsMean()
    {
        var model = CdnowFits.ParetoNbd;
        var probabilities = Enumerable.Range(0, 300).Select(k => model.ProbabilityOfPurchases(39, k)).ToArray();

        Assert.Equal(1d, probabilities.Sum(), 1e-6);
        Assert.Equal(model.ExpectedPurchases(39), probabilities.Select((p, k) => p * k).Sum(), 1e-5);
    }

    [Fact]
    public void ProbabilityAlive_LongAfterLastPurchase_FallsWithAge()
    {
        var model = CdnowFits.ParetoNbd;

        var soon = model.ProbabilityAlive(5, 30, 31);
        var later = model.ProbabilityAlive(5, 30, 60);

        Assert.InRange(later, 0d, soon);
        Assert.InRange(soon, 0d, 1d);
    }

    [Fact]
    public void ProbabilityAlive_AlphaBelowAndAboveBeta_AgreeAtTheBoundary()
    {
        // The two branches of A0 (α >= β and α < β) describe one function: they meet continuously.
        var below = new ParetoNbdModel(0.55, 11.6699999, 0.6, 11.67).ProbabilityAlive(3, 10, 30);
        var above = new ParetoNbdModel(0.55, 11.6700001, 0.6, 11.67).ProbabilityAlive(3, 10, 30);

        Assert.Equal(below, above, 1e-7);
    }

    [Fact]
    public void Fit_OneRepeatBuyerAmongFifty_IsATypedErrorNamingTheEdge()
    {
        // The prober's shape: fifty one-off buyers in the first half of 2024 and one of them buying
        // again on 1 November, as of 2 November. The likelihood rises towards s → 0 (no dropout);
        // the fit used to follow it for minutes (2F1 near z = 1 summing up to 2 million terms per
        // call) and then fail on the Hessian; it now stops at the bound and names the edge.
        var random = new Random(1);
        var asOf = new DateOnly(2024, 11, 2);
        var customers = Enumerable.Range(0, 50).Select(i =>
        {
            var first = new DateOnly(2024, random.Next(1, 7), random.Next(1, 29));
            var age = (asOf.DayNumber - first.DayNumber) / 7d;
            return i == 1 ? new CustomerSummary($"C{i:000}", 1, age - (1 / 7d), age) : new CustomerSummary($"C{i:000}", 0, 0, age);
        }).ToArray();

        var error = Assert.Throws<ModelFitException>(() => ParetoNbdModel.Fit(customers, CdnowFits.Unit, null));

        Assert.Contains("edge of the parameter space", error.Message, StringComparison.Ordinal);
        Assert.Contains("s → 0", error.Message, StringComparison.Ordinal);
    }
}
