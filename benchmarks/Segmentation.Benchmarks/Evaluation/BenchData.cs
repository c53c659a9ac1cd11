using Segmentation.Catalog;
using Segmentation.Definitions;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>Seeded customers and the segments the evaluation benchmarks run.</summary>
public static class BenchData
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly FieldCatalog Catalog = FieldCatalog.FromType<BenchCustomer>();

    private static readonly string[] Countries = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL"];

    private static readonly string[] TagPool = ["vip", "newsletter", "sports", "music", "travel"];

    /// <summary>
    /// The VIP segment: country in [US, CA, GB], at least 3 orders in the last 90 days, more than 500
    /// spent over all orders, age between 25 and 60, not opted out. The two aggregates are computed
    /// from the orders (not precomputed fields), as a CRM would store them.
    /// </summary>
    public static SegmentDefinition Vip { get; } = new("VIP", new AllCriterion(
        new InCriterion("country", new[] { "US", "CA", "GB" }.Select(SegmentValue.FromString)),
        new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days))),
        new AggregateCriterion("orders", AggregateFunction.Sum, "amount", GreaterThan, SegmentValue.FromNumber(500)),
        new BetweenCriterion("age", SegmentValue.FromNumber(25), SegmentValue.FromNumber(60)),
        new ComparisonCriterion("optedOut", Equal, SegmentValue.FromBoolean(false))));

    public static BenchCustomer[] Customers(int count, int seed = 42)
    {
        var random = new Random(seed);
        var customers = new BenchCustomer[count];
        for (var i = 0; i < count; i++)
        {
            var orders = new List<BenchOrder>(5);
            var orderCount = random.Next(0, 6);
            for (var o = 0; o < orderCount; o++)
            {
                orders.Add(new BenchOrder { Amount = random.Next(5, 400), PlacedAt = AsOf.AddDays(-random.Next(0, 365)) });
            }

            customers[i] = new BenchCustomer
            {
                Id = i,
                Country = Countries[random.Next(Countries.Length)],
                Age = random.Next(10) == 0 ? null : random.Next(16, 90),
                OptedOut = random.Next(10) == 0,
                Tags = [.. TagPool.Where(_ => random.Next(3) == 0)],
                Orders = orders,
            };
        }

        return customers;
    }

    /// <summary>Twenty segments of the kinds a CRM defines: demographics, tags, recency, frequency, spend.</summary>
    public static SegmentDefinition[] Twenty()
    {
        var list = new List<SegmentDefinition> { Vip };
        string[] countries = ["US", "CA", "GB", "DE", "FR"];
        foreach (var country in countries)
        {
            list.Add(new($"in {country}", new ComparisonCriterion("country", Equal, SegmentValue.FromString(country))));
        }

        for (var band = 0; band < 4; band++)
        {
            list.Add(new($"age band {band}", new BetweenCriterion("age", SegmentValue.FromNumber(18 + (band * 15)), SegmentValue.FromNumber(32 + (band * 15)))));
        }

        foreach (var tag in new[] { "vip", "newsletter", "sports" })
        {
            list.Add(new($"tag {tag}", new SetCriterion("tags", SetOperator.ContainsAny, [tag])));
        }

        foreach (var days in new[] { 30, 90, 180 })
        {
            list.Add(new($"active {days}d", new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThanOrEqual, SegmentValue.FromNumber(1), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(days, TimeUnit.Days)))));
        }

        list.Add(new("big spenders", new AggregateCriterion("orders", AggregateFunction.Sum, "amount", GreaterThan, SegmentValue.FromNumber(1000))));
        list.Add(new("no orders", new AggregateCriterion("orders", AggregateFunction.Count, null, Equal, SegmentValue.FromNumber(0))));
        list.Add(new("opted out", new ComparisonCriterion("optedOut", Equal, SegmentValue.FromBoolean(true))));
        list.Add(new("young non-US", new AllCriterion(new ComparisonCriterion("age", LessThan, SegmentValue.FromNumber(25)), new NotCriterion(new ComparisonCriterion("country", Equal, SegmentValue.FromString("US"))))));
        return [.. list];
    }
}
