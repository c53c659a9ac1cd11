using System.Globalization;

namespace Segmentation.Analytics;

/// <summary>
/// How concentrated revenue is in one population: the Lorenz curve, the Gini coefficient, the
/// revenue share of the top customers and the share of customers that brings a share of revenue.
/// </summary>
/// <remarks>
/// Definitions, over the n customers sorted by revenue ascending with cumulative revenue
/// C<sub>0</sub> = 0, ..., C<sub>n</sub> = T:
/// <list type="bullet">
/// <item>The Lorenz curve is the piecewise-linear curve through (i/n, C<sub>i</sub>/T), read at equal steps.</item>
/// <item>The Gini coefficient is 1 − 2·(area under that curve) = 1 − (2·ΣC<sub>i</sub> − T)/(n·T), which equals the
/// standard discrete formula 2·Σ i·x<sub>(i)</sub>/(n·T) − (n+1)/n. It lies in [0, 1 − 1/n].</item>
/// <item>"Top x%" are the ⌈x·n⌉ customers with the highest revenue.</item>
/// <item>"The customers that bring y% of revenue" are the fewest customers, taken by revenue descending,
/// whose revenue is at least y% of T.</item>
/// </list>
/// Customers with zero revenue are part of the population. A population with no customers or no
/// revenue is treated as perfectly equal: the curve is the diagonal and the Gini coefficient is 0.
/// </remarks>
public sealed class ConcentrationResult
{
    internal ConcentrationResult(
        long customers,
        decimal totalRevenue,
        long zeroRevenueCustomers,
        long negativeRevenueCustomers,
        double gini,
        LorenzPoint[] lorenzCurve,
        TopCustomersRevenue[] topCustomers,
        CustomersForRevenue[] revenueTargets,
        bool isPopulationSuppressed = false)
    {
        IsPopulationSuppressed = isPopulationSuppressed;
        Customers = customers;
        TotalRevenue = totalRevenue;
        ZeroRevenueCustomers = zeroRevenueCustomers;
        NegativeRevenueCustomers = negativeRevenueCustomers;
        Gini = gini;
        LorenzCurve = lorenzCurve;
        TopCustomers = topCustomers;
        RevenueTargets = revenueTargets;
    }

    /// <summary>
    /// Gets a value indicating whether the population has fewer customers than the small-cell rule's
    /// minimum: then no figure is shown (zero revenue, a Gini coefficient of 0, the curve only from
    /// (0, 0) to (1, 1), every top share and target suppressed).
    /// </summary>
    /// <value><see langword="false"/> for a population of the minimum or more, or with suppression off.</value>
    public bool IsPopulationSuppressed { get; }

    /// <summary>Gets the customers in the population.</summary>
    /// <value>Customers with negative revenue are included when treated as zero and left out when excluded.</value>
    public long Customers { get; }

    /// <summary>Gets the population's revenue, T.</summary>
    /// <value>The sum of the (non-negative) revenues.</value>
    public decimal TotalRevenue { get; }

    /// <summary>Gets the customers whose revenue was exactly zero.</summary>
    /// <value>Not counting negative revenues treated as zero. Under small-cell suppression a count of 1 to k − 1 is given as 0.</value>
    public long ZeroRevenueCustomers { get; }

    /// <summary>Gets the customers whose revenue was negative, treated as zero or excluded.</summary>
    /// <value>Always 0 with <see cref="NegativeRevenueHandling.Reject"/>. Under small-cell suppression a count of 1 to k − 1 is given as 0.</value>
    public long NegativeRevenueCustomers { get; }

    /// <summary>Gets the Gini coefficient of the revenues.</summary>
    /// <value>0 when every customer brings the same revenue, close to 1 when one customer brings it all.</value>
    public double Gini { get; }

    /// <summary>
    /// Gets the Lorenz curve at <see cref="ConcentrationOptions.LorenzPointCount"/> equal steps of the
    /// share of customers; under small-cell suppression, at whole customers at least the rule's minimum
    /// apart from each other and from the cuts of the shown top shares and targets (the equal steps
    /// rounded down, and fewer points where a step would come closer).
    /// </summary>
    /// <value>From (0, 0) to (1, 1), non-decreasing and convex.</value>
    public IReadOnlyList<LorenzPoint> LorenzCurve { get; }

    /// <summary>Gets the revenue share of the top customers, one entry per <see cref="ConcentrationOptions.TopCustomerShares"/>.</summary>
    /// <value>In the order the options list them.</value>
    public IReadOnlyList<TopCustomersRevenue> TopCustomers { get; }

    /// <summary>Gets the share of customers that brings each share of revenue, one entry per <see cref="ConcentrationOptions.RevenueShareTargets"/>.</summary>
    /// <value>In the order the options list them.</value>
    public IReadOnlyList<CustomersForRevenue> RevenueTargets { get; }

    /// <summary>Gets the revenue share of the top customers for a share that the options requested.</summary>
    /// <param name="customerShare">The share of customers, as given in <see cref="ConcentrationOptions.TopCustomerShares"/>, e.g. 0.2.</param>
    /// <returns>The entry for that share.</returns>
    /// <exception cref="SegmentationException">The options did not request that share.</exception>
    public TopCustomersRevenue GetTopCustomers(double customerShare)
    {
        foreach (var top in TopCustomers)
        {
            if (top.CustomerShare.Equals(customerShare))
            {
                return top;
            }
        }

        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"The top {customerShare} of customers was not computed. Add it to ConcentrationOptions.TopCustomerShares."),
            nameof(ConcentrationOptions.TopCustomerShares));
    }

    /// <summary>Gets the customers that bring a share of revenue that the options requested.</summary>
    /// <param name="revenueShare">The share of revenue, as given in <see cref="ConcentrationOptions.RevenueShareTargets"/>, e.g. 0.8.</param>
    /// <returns>The entry for that share.</returns>
    /// <exception cref="SegmentationException">The options did not request that share.</exception>
    public CustomersForRevenue GetCustomersFor(double revenueShare)
    {
        foreach (var target in RevenueTargets)
        {
            if (target.RevenueShare.Equals(revenueShare))
            {
                return target;
            }
        }

        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"The customers for {revenueShare} of revenue were not computed. Add it to ConcentrationOptions.RevenueShareTargets."),
            nameof(ConcentrationOptions.RevenueShareTargets));
    }
}
