using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Validation;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>The holdout figure on CDNOW: 39 calibration weeks, 39 holdout weeks (to 1998-06-30).</summary>
public sealed class HoldoutValidationTests
{
    private static readonly Lazy<PurchaseSummary> Summary = new(() => PurchaseSummary.FromTransactions(
        ReferenceData.CdnowSample,
        new SummaryOptions(ReferenceData.CdnowCalibrationEnd) { HoldoutEnd = new DateOnly(1998, 6, 30) }));

    [Fact]
    public void ByFrequency_Cdnow_GroupsEveryCustomerAndAveragesBothSides()
    {
        var summary = Summary.Value;
        var rows = HoldoutValidation.ByFrequency(CdnowFits.BgNbd, summary);

        Assert.Equal(39d, summary.HoldoutLength);
        Assert.Equal(8, rows.Count);
        Assert.True(rows[^1].AndMore);
        Assert.Equal(summary.Customers.Count, rows.Sum(r => r.Customers));
        var zero = summary.Customers.Where(c => c.Frequency == 0).ToArray();
        Assert.Equal(zero.Average(c => c.HoldoutFrequency), rows[0].ActualMean, 1e-12);
        Assert.Equal(zero.Average(c => CdnowFits.BgNbd.ConditionalExpectedPurchases(39, c)), rows[0].PredictedMean, 1e-12);
    }

    [Fact]
    public void ByFrequency_Cdnow_ModelTracksTheHoldout()
    {
        // BG/NBD on CDNOW predicts 88% of the actual holdout purchase days in total (0.8785): a unit
        // or horizon mistake would be off by a factor of 7; and predictions rise with x as the actuals do.
        var summary = Summary.Value;
        var rows = HoldoutValidation.ByFrequency(CdnowFits.BgNbd, summary);

        var actual = rows.Sum(r => r.ActualMean * r.Customers);
        var predicted = rows.Sum(r => r.PredictedMean * r.Customers);
        Assert.Equal(0.8785, predicted / actual, 0.0001);
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.PredictedMean < p.Second.PredictedMean));
    }

    [Fact]
    public void ByFrequency_NoHoldout_IsRefusedWithTheFix()
    {
        var error = Assert.Throws<SegmentationException>(() => HoldoutValidation.ByFrequency(CdnowFits.BgNbd, CdnowFits.Summary));
        Assert.Equal("HoldoutEnd", error.Location);
    }
}
