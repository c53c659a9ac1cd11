using Segmentation.Prediction.Models;
using Segmentation.Prediction.Tests.Models;
using Segmentation.Prediction.Value;

namespace Segmentation.Prediction.Tests;

/// <summary>The worked CDNOW example of docs/prediction.md: every number the page prints, to the digits it prints.</summary>
public sealed class PredictionDocsExampleTests
{
    [Fact]
    public void WorkedExample_NumbersAreThePagesNumbers()
    {
        var summary = CdnowFits.Summary;
        var bgnbd = CdnowFits.BgNbd;
        var spend = GammaGammaModel.Fit(summary.Customers);
        var customer = summary.Customers.Single(c => c.CustomerId == "0001");

        var actual = string.Join(
            " | ",
            $"{summary.Customers.Count} {summary.Customers.Count(c => c.Frequency > 0)}",
            string.Join(" ", bgnbd.Report!.Parameters.Select(p => $"{p.Name}={p.Value:F4}±{p.StandardError:F4}")),
            $"LL={bgnbd.Report.LogLikelihood:F2}",
            $"customer={customer.Frequency},{customer.Recency:F2},{customer.Age:F2},{customer.MeanRepeatSpend}",
            $"alive={bgnbd.ProbabilityAlive(customer):F3}",
            $"e39={bgnbd.ConditionalExpectedPurchases(39, customer):F3}",
            $"e52={bgnbd.ConditionalExpectedPurchases(52, customer):F3}",
            $"gg={spend.P:F2},{spend.Q:F2},{spend.V:F2},{spend.Report!.LogLikelihood:F2}",
            $"spend={spend.ExpectedSpend(customer):F2} population={spend.ExpectedSpend(0, null):F2}",
            $"clv={CustomerValue.LifetimeValue(bgnbd, spend, customer, 52, 0.1):F2}",
            $"pareto={CdnowFits.ParetoNbd.R:F4},{CdnowFits.ParetoNbd.Alpha:F2},{CdnowFits.ParetoNbd.S:F4},{CdnowFits.ParetoNbd.Beta:F2},{CdnowFits.ParetoNbd.Report!.LogLikelihood:F2},{CdnowFits.ParetoNbd.ProbabilityAlive(customer):F3},{CdnowFits.ParetoNbd.ConditionalExpectedPurchases(52, customer):F3}");

        const string Page = "2357 946 | r=0.2426±0.0126 alpha=4.4136±0.3782 a=0.7929±0.1857 b=2.4259±0.7054 | LL=-9582.43 | customer=2,30.43,38.86,22.345 | alive=0.727 | e39=1.226 | e52=1.559 | gg=6.25,3.74,15.44,-4055.92 | spend=24.65 population=35.17 | clv=36.75 | pareto=0.5533,10.58,0.6062,11.67,-9594.98,0.869,1.851";
        Assert.True(Page == actual, actual);
    }
}
