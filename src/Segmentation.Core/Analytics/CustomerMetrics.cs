namespace Segmentation.Analytics;

/// <summary>The figures of one customer that a segment report adds up.</summary>
/// <param name="Orders">The customer's number of orders, zero or more.</param>
/// <param name="Revenue">The customer's revenue; negative when returns exceed sales.</param>
/// <param name="RecencyDays">Days since the customer's last order at the as-of instant, zero or more; <see langword="null"/> for a customer who never ordered.</param>
public readonly record struct CustomerMetrics(long Orders, decimal Revenue, double? RecencyDays);
