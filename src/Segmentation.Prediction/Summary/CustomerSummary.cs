namespace Segmentation.Prediction.Summary;

/// <summary>One customer's purchase history in the calibration period, in the summary's time unit.</summary>
/// <param name="CustomerId">The customer's id, as in the transactions.</param>
/// <param name="Frequency">x: the repeat purchases, i.e. the distinct purchase days after the first one, up to the calibration end.</param>
/// <param name="Recency">t_x: the time from the first to the last purchase day in the calibration period (0 without repeat purchases).</param>
/// <param name="Age">T: the time from the first purchase day to the calibration end.</param>
/// <param name="MeanRepeatSpend">
/// The mean amount per repeat purchase day (the amounts of one day summed exactly, the first
/// purchase day left out); <see langword="null"/> when <paramref name="Frequency"/> is 0.
/// </param>
/// <param name="HoldoutFrequency">The distinct purchase days in the holdout period; 0 when the summary has no holdout.</param>
public readonly record struct CustomerSummary(
    string CustomerId,
    int Frequency,
    double Recency,
    double Age,
    decimal? MeanRepeatSpend = null,
    int HoldoutFrequency = 0);
