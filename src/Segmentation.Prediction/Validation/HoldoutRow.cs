namespace Segmentation.Prediction.Validation;

/// <summary>One bar pair of the holdout figure: customers with one calibration frequency, their mean actual and predicted holdout purchases.</summary>
/// <param name="Frequency">x in the calibration period (the last row also holds every larger x, see <paramref name="AndMore"/>).</param>
/// <param name="AndMore">Whether the row holds every customer with at least <paramref name="Frequency"/> repeat purchases.</param>
/// <param name="Customers">How many customers the row holds.</param>
/// <param name="ActualMean">Their mean purchase days in the holdout period.</param>
/// <param name="PredictedMean">Their mean conditional expected purchases over the holdout period's length.</param>
public readonly record struct HoldoutRow(int Frequency, bool AndMore, long Customers, double ActualMean, double PredictedMean);
