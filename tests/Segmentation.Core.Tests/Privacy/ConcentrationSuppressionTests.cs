using Segmentation.Analytics;
using Segmentation.Privacy;
using Segmentation.Rfm;
using Segmentation.Tests.Rfm;

namespace Segmentation.Tests.Privacy;

/// <summary>
/// Revenue concentration under the small-cell rule (issue 16 item 3): the top shares, revenue targets
/// and the Lorenz curve describe no fewer than k customers, alone or by their differences. The
/// attacker knows what a report shows (the total revenue, every shown figure, the customers ranked by
/// revenue) and solves for any group of fewer than k customers by exact linear algebra.
/// </summary>
public sealed class ConcentrationSuppressionTests
{
    private const int K = SmallCellSuppression.DefaultMinGroupSize;

    private static readonly ConcentrationOptions Report = new()
    {
        TopCustomerShares = [0.01, 0.1, 0.2],
        RevenueShareTargets = [0.5, 0.8],
        LorenzPointCount = 101,
    };

    [Fact]
    public void Analyze_TopOnePercentOfTwoHundred_IsSuppressedAndTheOthersShownExactly()
    {
        var revenues = Revenues(200, seed: 3);
        var open = Concentration.Analyze(revenues, WithRule(SmallCellSuppression.Off));

        var result = Concentration.Analyze(revenues, Report);

        // The top 1% of 200 is 2 people.
        Assert.True(result.GetTopCustomers(0.01).IsSuppressed);
        Assert.Equal((0L, 0m), (result.GetTopCustomers(0.01).Customers, result.GetTopCustomers(0.01).Revenue));
        Assert.Equal(open.GetTopCustomers(0.1), result.GetTopCustomers(0.1));
        Assert.Equal(open.GetTopCustomers(0.2), result.GetTopCustomers(0.2));
        Assert.Equal(open.Gini, result.Gini);
        Assert.Equal(open.TotalRevenue, result.TotalRevenue);
        Assert.False(result.IsPopulationSuppressed);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(37)]
    [InlineData(200)]
    [InlineData(230)]
    [InlineData(1003)]
    public void Analyze_LorenzCurve_AtWholeCustomersKOrMoreApartOnTheExactCurve(int customers)
    {
        var revenues = Revenues(customers, seed: customers);
        var sorted = revenues.Order().ToArray();
        var total = sorted.Sum();

        var curve = Concentration.Analyze(revenues, Report).LorenzCurve;

        var positions = curve.Select(p => (long)Math.Round(p.CustomerShare * customers)).ToArray();
        Assert.Equal(0, positions[0]);
        Assert.Equal(customers, positions[^1]);
        Assert.All(positions.Zip(positions.Skip(1)), pair => Assert.True(pair.Second - pair.First >= K, $"{pair.First} and {pair.Second} are fewer than {K} customers apart"));
        Assert.All(curve.Zip(positions), pair => Assert.Equal((double)(sorted.Take((int)pair.Second).Sum() / total), pair.First.RevenueShare, 12));
        Assert.True(curve.Count <= 101 + Report.TopCustomerShares.Count + Report.RevenueShareTargets.Count);
    }

    [Fact]
    public void Analyze_PopulationBelowK_ShowsNoFigure()
    {
        var result = Concentration.Analyze([5m, 100m, 7m], Report);

        Assert.True(result.IsPopulationSuppressed);
        Assert.Equal(0m, result.TotalRevenue);
        Assert.Equal(0d, result.Gini);
        Assert.All(result.TopCustomers, t => Assert.True(t.IsSuppressed));
        Assert.All(result.RevenueTargets, t => Assert.True(t.IsSuppressed));
        Assert.Equal([new LorenzPoint(0, 0), new LorenzPoint(1, 1)], result.LorenzCurve);
    }

    [Fact]
    public void Analyze_OneCustomerBringsHalfTheRevenue_TheFiftyPercentTargetIsSuppressed()
    {
        decimal[] revenues = [.. Enumerable.Repeat(10m, 99), 2_000m];

        var result = Concentration.Analyze(revenues, Report);

        Assert.True(result.GetCustomersFor(0.5).IsSuppressed);
        Assert.False(result.GetCustomersFor(0.8).IsSuppressed);
    }

    [Theory]
    [InlineData(200, 1)]
    [InlineData(230, 2)]
    [InlineData(480, 3)]
    [InlineData(61, 4)]
    public void Attack_ShownFiguresAndTotal_RecoverNoGroupOfFewerThanK(int customers, int seed)
    {
        var revenues = Revenues(customers, seed);

        var open = Attacker.Of(Concentration.Analyze(revenues, WithRule(SmallCellSuppression.Off)), customers);
        var guarded = Attacker.Of(Concentration.Analyze(revenues, Report), customers);

        // Without the rule the attacker recovers single customers (interpolated Lorenz points beside
        // whole-customer top shares) or the top 1%; with it, no rank window of fewer than k customers.
        Assert.True(open.SmallestRecoverableWindow() < K);
        Assert.Equal(int.MaxValue, guarded.SmallestRecoverableWindow());
    }

    [Fact]
    public void RfmRun_Concentration_TakesTheRunsRule()
    {
        var transactions = RfmAggregatorTests.Generate(150, seed: 9).ToArray();

        var guarded = RfmPipeline.Run(transactions, new RfmRunOptions { Concentration = Report }, CancellationToken.None);
        var open = RfmPipeline.Run(transactions, new RfmRunOptions { Concentration = Report, Suppression = SmallCellSuppression.Off }, CancellationToken.None);

        Assert.True(guarded.Concentration.GetTopCustomers(0.01).IsSuppressed);
        Assert.False(open.Concentration.GetTopCustomers(0.01).IsSuppressed);
        Assert.Equal(101, open.Concentration.LorenzCurve.Count);
    }

    private static ConcentrationOptions WithRule(SmallCellSuppression rule) => new()
    {
        TopCustomerShares = Report.TopCustomerShares,
        RevenueShareTargets = Report.RevenueShareTargets,
        LorenzPointCount = Report.LorenzPointCount,
        Suppression = rule,
    };

    private static decimal[] Revenues(int customers, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, customers).Select(_ => Math.Round((decimal)Math.Exp(random.NextDouble() * 6), 2) + 1m)];
    }

    /// <summary>
    /// What a reader can solve for: every shown figure is a linear functional of the ranked revenues
    /// (a Lorenz point at x = p/n, also between two customers, is C(p)/T; a top share is T − C(n − q);
    /// T is shown), so a group's revenue is recoverable exactly when its indicator is in the span.
    /// </summary>
    private sealed class Attacker
    {
        private readonly ModularSpan _span;
        private readonly int _n;

        private Attacker(ModularSpan span, int n) => (_span, _n) = (span, n);

        public static Attacker Of(ConcentrationResult result, int n)
        {
            var span = new ModularSpan(n);
            span.Add(Window(n, 0, n));
            foreach (var point in result.LorenzCurve)
            {
                // Weight 1 on the customers wholly below p, and the fraction of the next one.
                var p = Math.Round((decimal)point.CustomerShare * n, 6);
                var whole = (int)Math.Floor(p + 1e-9m);
                var row = Window(n, 0, whole);
                var fraction = p - whole;
                if (whole < n && fraction > 1e-9m)
                {
                    // Exact rationals modulo the prime: the fraction as a ratio of two integers.
                    var (numerator, denominator) = Ratio(fraction);
                    for (var i = 0; i < n; i++)
                    {
                        row[i] = ModMul(row[i], denominator);
                    }

                    row[whole] = numerator;
                }

                span.Add(row);
            }

            foreach (var top in result.TopCustomers.Where(t => !t.IsSuppressed))
            {
                span.Add(Window(n, n - (int)top.Customers, n));
            }

            foreach (var target in result.RevenueTargets.Where(t => !t.IsSuppressed))
            {
                span.Add(Window(n, n - (int)target.Customers, n));
            }

            return new Attacker(span, n);
        }

        /// <summary>The fewest consecutive ranked customers whose revenue the shown figures determine, or int.MaxValue.</summary>
        public int SmallestRecoverableWindow()
        {
            for (var width = 1; width < K; width++)
            {
                for (var start = 0; start + width <= _n; start++)
                {
                    if (_span.Contains(Window(_n, start, start + width)))
                    {
                        return width;
                    }
                }
            }

            return int.MaxValue;
        }

        private static ulong[] Window(int n, int from, int to)
        {
            var v = new ulong[n];
            for (var i = from; i < to; i++)
            {
                v[i] = 1;
            }

            return v;
        }

        private static (ulong Numerator, ulong Denominator) Ratio(decimal fraction)
        {
            // The curve's x are j/(P−1) steps times n: a fraction with denominator dividing 100 (P = 101).
            for (ulong d = 1; d <= 1_000_000; d++)
            {
                var scaled = fraction * d;
                if (Math.Abs(scaled - Math.Round(scaled)) < 1e-7m)
                {
                    return ((ulong)Math.Round(scaled), d);
                }
            }

            throw new InvalidOperationException($"No small ratio for {fraction}.");
        }

        private static ulong ModMul(ulong a, ulong b) => (ulong)((UInt128)a * b % ((1UL << 61) - 1));
    }
}
