namespace Segmentation.Analytics;

/// <summary>
/// Exact concentration of one population: sorts the revenues ascending, then walks the cumulative
/// revenue once, picking up the Lorenz points, the top-x% shares, the revenue targets and the Gini sum.
/// </summary>
internal static partial class ConcentrationCalculator
{
    public static ConcentrationResult Compute(RevenueBuffer buffer, ConcentrationOptions options)
    {
        var values = buffer.Values;
        values.Sort();
        long n = values.Length;
        var total = 0m;
        foreach (var value in values)
        {
            total += value;
        }

        if (options.Suppression.IsSmall(n))
        {
            return PopulationSuppressed(n, options);
        }

        var pointCount = options.LorenzPointCount;
        var tops = options.TopCustomerShares.ToArray();
        var targets = options.RevenueShareTargets.ToArray();
        if (total == 0)
        {
            return Degenerate(buffer, n, pointCount, tops, targets);
        }

        if (options.Suppression.IsEnabled)
        {
            return Suppressed(buffer, values, total, options);
        }

        // Positions i of the cumulative revenue C_i (sum of the i smallest) that the outputs need.
        var wanted = new (long Position, int Slot)[pointCount + tops.Length];
        for (var j = 0; j < pointCount; j++)
        {
            wanted[j] = (j * n / (pointCount - 1), j);
        }

        var topCustomers = new long[tops.Length];
        for (var q = 0; q < tops.Length; q++)
        {
            topCustomers[q] = CustomersFor(tops[q], n);
            wanted[pointCount + q] = (n - topCustomers[q], pointCount + q);
        }

        Array.Sort(wanted);
        var captured = new decimal[wanted.Length];
        var thresholds = Array.ConvertAll(targets, t => (1m - (decimal)t) * total);
        var lastBelow = new long[targets.Length];

        var cumulative = 0m;
        var cumulativeSum = 0m;
        var w = 0;
        for (var i = 0; ; i++)
        {
            while (w < wanted.Length && wanted[w].Position == i)
            {
                captured[wanted[w++].Slot] = cumulative;
            }

            for (var t = 0; t < thresholds.Length; t++)
            {
                if (cumulative <= thresholds[t])
                {
                    lastBelow[t] = i;
                }
            }

            if (i == n)
            {
                break;
            }

            cumulative += values[i];
            cumulativeSum += cumulative;
        }

        var lorenz = new LorenzPoint[pointCount];
        for (var j = 0; j < pointCount; j++)
        {
            // The piecewise-linear curve through (i/n, C_i/T), read at j/(P-1), exactly.
            var scaled = j * n;
            var i = scaled / (pointCount - 1);
            var fraction = (decimal)(scaled % (pointCount - 1)) / (pointCount - 1);
            var revenue = captured[j] + (i < n ? fraction * values[(int)i] : 0m);
            lorenz[j] = new LorenzPoint((double)j / (pointCount - 1), (double)(revenue / total));
        }

        var topResults = new TopCustomersRevenue[tops.Length];
        for (var q = 0; q < tops.Length; q++)
        {
            var revenue = total - captured[pointCount + q];
            topResults[q] = new TopCustomersRevenue(tops[q], topCustomers[q], revenue, (double)(revenue / total));
        }

        var targetResults = new CustomersForRevenue[targets.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            var customers = n - lastBelow[t];
            targetResults[t] = new CustomersForRevenue(targets[t], customers, RevenueOfTop(values, customers, total), (double)customers / n);
        }

        return new ConcentrationResult(n, total, buffer.ZeroRevenue, buffer.NegativeRevenue, Gini(cumulativeSum, total, n), lorenz, topResults, targetResults);
    }

    /// <summary>⌈share · n⌉, computed in decimal so that 0.2 · 23,570 is 4,714 and not 4,715.</summary>
    /// <summary>
    /// Gini = 1 - 2·(area under the Lorenz curve), the area by trapezoids: area = (Σ C_i - T/2) / (n·T),
    /// so Gini = 1 - (2·Σ C_i - T) / (n·T), with C_i the cumulative revenue of the i lowest.
    /// </summary>
    private static double Gini(decimal cumulativeSum, decimal total, long n) => (double)(1m - (((2m * cumulativeSum) - total) / (n * total)));

    private static long CustomersFor(double share, long n) => (long)Math.Ceiling((decimal)share * n);

    private static decimal RevenueOfTop(Span<decimal> ascending, long customers, decimal total)
    {
        var rest = 0m;
        for (var i = 0; i < ascending.Length - customers; i++)
        {
            rest += ascending[i];
        }

        return total - rest;
    }

    /// <summary>
    /// No customers, or no revenue: every customer has the same revenue (zero), so the population is
    /// treated as perfectly equal: the Lorenz curve is the diagonal and the Gini coefficient is 0.
    /// </summary>
    private static ConcentrationResult Degenerate(RevenueBuffer buffer, long n, int pointCount, double[] tops, double[] targets)
    {
        var lorenz = new LorenzPoint[pointCount];
        for (var j = 0; j < pointCount; j++)
        {
            var share = (double)j / (pointCount - 1);
            lorenz[j] = new LorenzPoint(share, share);
        }

        var topResults = Array.ConvertAll(tops, q =>
        {
            var k = CustomersFor(q, n);
            return new TopCustomersRevenue(q, k, 0m, n == 0 ? 0 : (double)k / n);
        });
        var targetResults = Array.ConvertAll(targets, t =>
        {
            var k = CustomersFor(t, n);
            return new CustomersForRevenue(t, k, 0m, n == 0 ? 0 : (double)k / n);
        });
        return new ConcentrationResult(n, 0m, buffer.ZeroRevenue, buffer.NegativeRevenue, 0, lorenz, topResults, targetResults);
    }
}
