namespace Segmentation.Rfm;

/// <summary>One customer of the recency-by-monetary sample.</summary>
/// <param name="RecencyDays">Days since the customer's last order.</param>
/// <param name="Monetary">The customer's monetary value (the sum, or the mean order value when the run scored that).</param>
public readonly record struct RfmRecencyMonetaryPoint(int RecencyDays, decimal Monetary);
