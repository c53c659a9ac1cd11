namespace Segmentation.Analytics;

/// <summary>A point of a Lorenz curve: the poorest <see cref="CustomerShare"/> of customers bring <see cref="RevenueShare"/> of revenue.</summary>
/// <param name="CustomerShare">The share of customers, ranked by revenue ascending, from 0 to 1.</param>
/// <param name="RevenueShare">Their share of revenue, from 0 to 1.</param>
public readonly record struct LorenzPoint(double CustomerShare, double RevenueShare);
