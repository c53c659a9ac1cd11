using Segmentation.Privacy;

namespace Segmentation.Analytics;

/// <summary>What a revenue-concentration (80/20) analysis reports.</summary>
public sealed class ConcentrationOptions
{
    /// <summary>Gets the number of points of the Lorenz curve, at equal steps of the share of customers from 0 to 1.</summary>
    /// <value>The default value is 101 (0%, 1%, ..., 100%). From 2 to 1,000,001.</value>
    public int LorenzPointCount { get; init; } = AnalyticsDefaults.LorenzPointCount;

    /// <summary>Gets the shares of customers (top x%, ranked by revenue) whose share of revenue is reported.</summary>
    /// <value>The default value is 0.01, 0.10, 0.20 and 0.50. Each in (0, 1].</value>
    public IReadOnlyList<double> TopCustomerShares { get; init; } = AnalyticsDefaults.TopCustomerShares;

    /// <summary>Gets the shares of revenue for which the smallest share of customers that brings them is reported.</summary>
    /// <value>The default value is 0.80. Each in (0, 1].</value>
    public IReadOnlyList<double> RevenueShareTargets { get; init; } = AnalyticsDefaults.RevenueShareTargets;

    /// <summary>Gets what happens to customers with negative revenue.</summary>
    /// <value>The default value is <see cref="NegativeRevenueHandling.Reject"/>.</value>
    public NegativeRevenueHandling NegativeRevenue { get; init; } = NegativeRevenueHandling.Reject;

    /// <summary>
    /// Gets the small-cell rule: no figure may describe fewer than <see cref="SmallCellSuppression.MinGroupSize"/>
    /// customers, directly or as the difference of two shown figures. A top share or a revenue target
    /// whose customers (or the rest of the population) are fewer, or that lies fewer customers than
    /// that from another shown figure, is suppressed (<see cref="TopCustomersRevenue.IsSuppressed"/>);
    /// the Lorenz curve is read at whole customers at least that many apart (so it may have fewer
    /// points); a population below it shows no figure at all (<see cref="ConcentrationResult.IsPopulationSuppressed"/>).
    /// </summary>
    /// <value>
    /// The default value is <see cref="SmallCellSuppression.Default"/> (5 customers);
    /// <see cref="SmallCellSuppression.Off"/> gives every figure exactly, with the Lorenz curve at equal steps.
    /// </value>
    public SmallCellSuppression Suppression { get; init; } = SmallCellSuppression.Default;

    private const int MaxLorenzPointCount = 1_000_001;

    /// <summary>These options with another small-cell rule (a run applies its own to its concentration).</summary>
    internal ConcentrationOptions With(SmallCellSuppression suppression) => new()
    {
        LorenzPointCount = LorenzPointCount,
        TopCustomerShares = TopCustomerShares,
        RevenueShareTargets = RevenueShareTargets,
        NegativeRevenue = NegativeRevenue,
        Suppression = suppression,
    };

    internal static ConcentrationOptions Default { get; } = new();

    /// <summary>Checks the options once, before any customer is read.</summary>
    internal void Validate()
    {
        if (LorenzPointCount is < 2 or > MaxLorenzPointCount)
        {
            throw new SegmentationException(
                FormattableString.Invariant($"LorenzPointCount is {LorenzPointCount}; a Lorenz curve needs from 2 points (0% and 100% of customers) to {MaxLorenzPointCount}."),
                nameof(LorenzPointCount));
        }

        CheckShares(TopCustomerShares, nameof(TopCustomerShares));
        CheckShares(RevenueShareTargets, nameof(RevenueShareTargets));
        if (Suppression is null)
        {
            throw new SegmentationException("Suppression is null; use SmallCellSuppression.Off to show every figure.", nameof(Suppression));
        }

        if (!Enum.IsDefined(NegativeRevenue))
        {
            throw new SegmentationException($"NegativeRevenue is {NegativeRevenue}; pick Reject, TreatAsZero or Exclude.", nameof(NegativeRevenue));
        }
    }

    private static void CheckShares(IReadOnlyList<double> shares, string name)
    {
        if (shares is null)
        {
            throw new SegmentationException($"{name} is null; pass an empty list to report none.", name);
        }

        foreach (var share in shares)
        {
            if (!(share > 0 && share <= 1))
            {
                throw new SegmentationException(
                    FormattableString.Invariant($"{name} holds {share}; shares are fractions in (0, 1], e.g. 0.2 for 20%."),
                    name);
            }
        }
    }
}
