using FsCheck.Xunit;
using Segmentation.Analytics;
using Segmentation.Privacy;

namespace Segmentation.Tests.Analytics;

/// <summary>Laws of the Lorenz curve and the Gini coefficient, checked against brute-force oracles.</summary>
[Properties(Arbitrary = [typeof(AnalyticsArbitraries)], MaxTest = 200)]
public sealed class ConcentrationPropertyTests
{
    // The exact figures of small populations: these tests are about the arithmetic, not the small-cell rule.
    private static readonly ConcentrationOptions Exact = new() { Suppression = SmallCellSuppression.Off };

    [Property]
    public void LorenzCurve_AnyRevenues_IsMonotoneConvexFromOriginToOne(RevenueSample sample)
    {
        var curve = Concentration.Analyze(sample.Values, Exact).LorenzCurve;

        Assert.Equal(new LorenzPoint(0, 0), curve[0]);
        Assert.Equal(new LorenzPoint(1, 1), curve[^1]);
        for (var i = 1; i < curve.Count; i++)
        {
            Assert.True(curve[i].RevenueShare >= curve[i - 1].RevenueShare, $"not monotone at {i}");
        }

        for (var i = 1; i < curve.Count - 1; i++)
        {
            var secondDifference = curve[i + 1].RevenueShare - (2 * curve[i].RevenueShare) + curve[i - 1].RevenueShare;
            Assert.True(secondDifference >= -1e-12, $"not convex at {i}: {secondDifference}");
        }
    }

    [Property]
    public void Gini_AnyRevenues_IsInZeroToOneAndEqualsMeanAbsoluteDifference(RevenueSample sample)
    {
        var values = sample.Values;
        var gini = Concentration.Analyze(values, Exact).Gini;

        Assert.InRange(gini, 0, 1 - (1.0 / Math.Max(1, values.Length)) + 1e-12);
        Assert.True(gini < 1);

        // Oracle: G = Σ_i Σ_j |x_i − x_j| / (2 n² mean), independent of sorting and cumulative sums.
        var total = values.Sum();
        if (total > 0)
        {
            var sumAbs = 0m;
            foreach (var a in values)
            {
                foreach (var b in values)
                {
                    sumAbs += Math.Abs(a - b);
                }
            }

            var oracle = (double)(sumAbs / (2m * values.Length * total));
            Assert.Equal(oracle, gini, 10);
        }
        else
        {
            // No revenue (or no customers) is defined as perfect equality.
            Assert.Equal(0, gini);
        }
    }

    [Property]
    public void TopCustomers_AnyRevenues_EqualsSumOfTheLargest(RevenueSample sample)
    {
        var values = sample.Values;
        var result = Concentration.Analyze(values, Exact);
        var descending = values.OrderDescending().ToArray();

        Assert.NotEmpty(result.TopCustomers);
        foreach (var top in result.TopCustomers)
        {
            var k = (int)Math.Ceiling((decimal)top.CustomerShare * values.Length);
            Assert.Equal(k, top.Customers);
            Assert.Equal(descending.Take(k).Sum(), top.Revenue);
        }
    }

    [Property]
    public void CustomersFor_AnyRevenues_IsTheFewestThatReachTheTarget(RevenueSample sample)
    {
        var values = sample.Values;
        var total = values.Sum();
        var target = Concentration.Analyze(values, Exact).GetCustomersFor(0.8);
        var descending = values.OrderDescending().ToArray();

        if (total > 0)
        {
            Assert.True(descending.Take((int)target.Customers).Sum() >= 0.8m * total);
            Assert.True(descending.Take((int)target.Customers - 1).Sum() < 0.8m * total);
            Assert.Equal((double)target.Customers / values.Length, target.CustomerShare, 12);
        }
        else
        {
            // No revenue: every customer is equal, so the target is the same share of customers.
            Assert.Equal((long)Math.Ceiling(0.8m * values.Length), target.Customers);
            Assert.Equal(0m, target.Revenue);
        }
    }

    [Property]
    public void Analyze_ShuffledInput_GivesTheSameResult(RevenueSample sample, int seed)
    {
        var shuffled = (decimal[])sample.Values.Clone();
        new Random(seed).Shuffle(shuffled);

        var a = Concentration.Analyze(sample.Values, Exact);
        var b = Concentration.Analyze(shuffled, Exact);

        Assert.Equal(a.Gini, b.Gini);
        Assert.Equal(a.LorenzCurve, b.LorenzCurve);
    }
}
