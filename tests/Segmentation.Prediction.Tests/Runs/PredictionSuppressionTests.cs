using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Segmentation.Privacy;

namespace Segmentation.Prediction.Tests.Runs;

/// <summary><see cref="PredictionRunOptions.SuppressionList"/>: a listed customer is in no prediction and does not move the fit.</summary>
public sealed class PredictionSuppressionTests
{
    [Fact]
    public void Run_WithSuppressionList_EqualsARunOnTheLinesWithoutTheListedCustomers()
    {
        var lines = ReferenceData.CdnowSample.ToArray();
        // The 40 most frequent buyers: leaving them out moves every parameter of the fit.
        var gone = lines.GroupBy(l => l.CustomerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(40).Select(g => g.Key).ToArray();
        var options = new PredictionRunOptions(new SummaryOptions(ReferenceData.CdnowCalibrationEnd));

        var suppressed = PredictionPipeline.Run(lines, options with { SuppressionList = new SuppressionList(gone) }, TestContext.Current.CancellationToken);
        var without = PredictionPipeline.Run(lines.Where(l => !gone.Contains(l.CustomerId)), options, TestContext.Current.CancellationToken);
        var everyone = PredictionPipeline.Run(lines, options, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(suppressed.Customers, c => gone.Contains(c.CustomerId));
        Assert.Equal(without.Customers, suppressed.Customers);
        Assert.Equal(without.Model.Parameters, suppressed.Model.Parameters);
        Assert.Equal(without.Spend?.Q, suppressed.Spend?.Q);
        Assert.NotEqual(everyone.Model.Parameters, suppressed.Model.Parameters);
    }
}
