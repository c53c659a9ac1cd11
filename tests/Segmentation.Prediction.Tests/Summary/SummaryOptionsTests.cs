using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Tests.Summary;

/// <summary><see cref="SummaryOptions.ForAsOf"/>: the calibration end and holdout of data observed up to an as-of date.</summary>
public sealed class SummaryOptionsTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void ForAsOf_NoCalibrationEnd_CalibratesToTheAsOfWithoutHoldout()
    {
        var options = SummaryOptions.ForAsOf(AsOf);

        Assert.Equal(AsOf, options.CalibrationEnd);
        Assert.Null(options.HoldoutEnd);
    }

    [Fact]
    public void ForAsOf_EarlierCalibrationEnd_MakesTheRestUpToTheAsOfTheHoldout()
    {
        var options = SummaryOptions.ForAsOf(AsOf, new DateOnly(2024, 6, 30));

        Assert.Equal(new DateOnly(2024, 6, 30), options.CalibrationEnd);
        Assert.Equal(AsOf, options.HoldoutEnd);
    }

    // Regression (probe item 5): a calibration end after the as-of was taken, every T grew by the
    // gap and the fit changed without a word.
    [Fact]
    public void ForAsOf_CalibrationEndAfterTheAsOf_ThrowsNamingBothDates()
    {
        var error = Assert.Throws<SegmentationException>(() => SummaryOptions.ForAsOf(AsOf, new DateOnly(2030, 1, 1)));

        Assert.Equal("CalibrationEnd", error.Location);
        Assert.Contains("calibration end 2030-01-01 is after the as-of date 2024-12-31", error.Message, StringComparison.Ordinal);
        Assert.Contains("on or before 2024-12-31", error.Message, StringComparison.Ordinal);
    }
}
