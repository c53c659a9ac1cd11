namespace Segmentation.Analytics;

/// <summary>
/// Concentration under the small-cell rule. Every figure is a cumulative sum of the revenues ranked
/// ascending, cut at some position (the top q customers: T − C<sub>n−q</sub>; a Lorenz point: C<sub>p</sub>),
/// so any combination of shown figures is constant between consecutive shown positions: if those
/// are whole customers and at least k apart, no combination describes fewer than k customers.
/// Interpolated points would not do: a point a fraction f into customer i beside a whole-customer
/// figure gives f·x<sub>i</sub>, one customer's revenue.
/// </summary>
internal static partial class ConcentrationCalculator
{
    private static ConcentrationResult Suppressed(RevenueBuffer buffer, Span<decimal> ascending, decimal total, ConcentrationOptions options)
    {
        long n = ascending.Length;
        var rule = options.Suppression;
        var k = rule.MinGroupSize;
        var tops = options.TopCustomerShares.ToArray();
        var targets = options.RevenueShareTargets.ToArray();
        var cumulative = new decimal[n + 1];
        var cumulativeSum = 0m;
        for (var i = 0; i < n; i++)
        {
            cumulative[i + 1] = cumulative[i] + ascending[i];
            cumulativeSum += cumulative[i + 1];
        }

        // Shown cut positions, in the order the figures claim them: the top shares, the targets, then the curve.
        var shown = new SortedSet<long> { 0, n };
        bool Claim(long position)
        {
            if (shown.Contains(position))
            {
                return true;
            }

            if (shown.GetViewBetween(position - k + 1, position + k - 1).Count > 0)
            {
                return false;
            }

            shown.Add(position);
            return true;
        }

        var topResults = new TopCustomersRevenue[tops.Length];
        for (var q = 0; q < tops.Length; q++)
        {
            var customers = CustomersFor(tops[q], n);
            var revenue = total - cumulative[n - customers];
            topResults[q] = Claim(n - customers)
                ? new TopCustomersRevenue(tops[q], customers, revenue, (double)(revenue / total))
                : new TopCustomersRevenue(tops[q], 0, 0m, 0) { IsSuppressed = true };
        }

        var targetResults = new CustomersForRevenue[targets.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            // The fewest customers, by revenue descending, whose revenue is at least the share of T.
            var customers = CustomersForTarget(cumulative, (1m - (decimal)targets[t]) * total);
            targetResults[t] = Claim(n - customers)
                ? new CustomersForRevenue(targets[t], customers, total - cumulative[n - customers], (double)customers / n)
                : new CustomersForRevenue(targets[t], 0, 0m, 0) { IsSuppressed = true };
        }

        // The curve: the equal steps rounded down to whole customers, each k or more from every shown
        // cut (a step on a figure's own cut is kept: it shows nothing new).
        var pointCount = options.LorenzPointCount;
        var curve = new List<long>(pointCount) { 0 };
        for (var j = 1; j < pointCount - 1; j++)
        {
            var position = j * n / (pointCount - 1);
            if (position > curve[^1] && Claim(position))
            {
                curve.Add(position);
            }
        }

        curve.Add(n);
        var lorenz = curve.Select(p => new LorenzPoint((double)p / n, (double)(cumulative[p] / total))).ToArray();
        return new ConcentrationResult(n, total, Shown(rule, buffer.ZeroRevenue), Shown(rule, buffer.NegativeRevenue), Gini(cumulativeSum, total, n), lorenz, topResults, targetResults);
    }

    /// <summary>A population below the rule's minimum: no figure, whatever the revenue.</summary>
    private static ConcentrationResult PopulationSuppressed(long n, ConcentrationOptions options) => new(
        n,
        0m,
        0,
        0,
        0,
        [new LorenzPoint(0, 0), new LorenzPoint(1, 1)],
        [.. options.TopCustomerShares.Select(q => new TopCustomersRevenue(q, 0, 0m, 0) { IsSuppressed = true })],
        [.. options.RevenueShareTargets.Select(t => new CustomersForRevenue(t, 0, 0m, 0) { IsSuppressed = true })],
        isPopulationSuppressed: true);

    private static long Shown(Privacy.SmallCellSuppression rule, long customers) => rule.IsSmall(customers) ? 0 : customers;

    /// <summary>n − (the last position i with C<sub>i</sub> ≤ threshold), as the exact walk computes it.</summary>
    private static long CustomersForTarget(decimal[] cumulative, decimal threshold)
    {
        var n = cumulative.Length - 1;
        var lastBelow = 0L;
        for (var i = 0; i <= n; i++)
        {
            if (cumulative[i] <= threshold)
            {
                lastBelow = i;
            }
        }

        return n - lastBelow;
    }
}
