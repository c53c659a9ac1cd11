using Segmentation.Definitions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Value;

namespace Segmentation.Prediction.Tests.Value;

/// <summary>The horizon's upper bound (probe item 8: 2147483647 weeks was accepted and ran for minutes).</summary>
public sealed class CustomerValueTests
{
    [Fact]
    public void MaximumHorizon_IsAHundredYearsOf365Point25DaysInEachUnit()
    {
        Assert.Equal(36525d, CustomerValue.MaximumHorizon(TimeUnit.Days));
        Assert.Equal(36525d / 7d, CustomerValue.MaximumHorizon(TimeUnit.Weeks));
    }

    [Fact]
    public void DiscountedPurchases_HorizonPastTheMaximum_ThrowsArgumentOutOfRange()
    {
        var summary = PurchaseSummary.FromTransactions(ReferenceData.CdnowSample, new SummaryOptions(ReferenceData.CdnowCalibrationEnd));
        var model = BgNbdModel.Fit(summary);
        var customer = summary.Customers[0];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerValue.DiscountedPurchases(model, customer, Math.BitIncrement(CustomerValue.MaximumHorizon(TimeUnit.Weeks)), 0.1));
        var atMost = CustomerValue.DiscountedPurchases(model, customer, 520, 0.1);

        Assert.Equal("horizon", error.ParamName);
        Assert.True(atMost > 0);
    }

    [Theory]
    [InlineData(TimeUnit.Weeks, 5218d)]
    [InlineData(TimeUnit.Days, 36526d)]
    [InlineData(TimeUnit.Weeks, 2147483647d)]
    public void Run_HorizonLongerThanAHundredYears_ThrowsNamingTheOptionBeforeFitting(TimeUnit unit, double horizon)
    {
        var options = new PredictionRunOptions(new SummaryOptions(ReferenceData.CdnowCalibrationEnd) { TimeUnit = unit }) { Horizon = horizon };

        var error = Assert.Throws<SegmentationException>(() => PredictionPipeline.Run(ReferenceData.CdnowSample, options, TestContext.Current.CancellationToken));

        Assert.Equal("Horizon", error.Location);
        Assert.Contains("longer than 100 years", error.Message, StringComparison.Ordinal);
    }
}
