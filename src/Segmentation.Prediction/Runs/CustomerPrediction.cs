namespace Segmentation.Prediction.Runs;

/// <summary>One customer's summary and predictions.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Frequency">x, the repeat purchases in the calibration period.</param>
/// <param name="Recency">t_x, in the run's time unit.</param>
/// <param name="Age">T, in the run's time unit.</param>
/// <param name="ProbabilityAlive">P(alive) at the calibration end.</param>
/// <param name="ExpectedPurchases">The expected purchases over the run's horizon.</param>
/// <param name="ExpectedSpend">The expected spend per purchase; <see langword="null"/> when the run has no spend model.</param>
/// <param name="LifetimeValue">The discounted value over the horizon; <see langword="null"/> when the run has no spend model.</param>
public readonly record struct CustomerPrediction(
    string CustomerId,
    int Frequency,
    double Recency,
    double Age,
    double ProbabilityAlive,
    double ExpectedPurchases,
    decimal? ExpectedSpend,
    decimal? LifetimeValue);
