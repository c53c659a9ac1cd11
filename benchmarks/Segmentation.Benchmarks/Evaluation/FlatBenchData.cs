using Segmentation.Catalog;
using Segmentation.Definitions;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Benchmarks.Evaluation;

/// <summary>Seeded flat customers and the flat VIP segment (no collections).</summary>
public static class FlatBenchData
{
    public static readonly FieldCatalog Catalog = FieldCatalog.FromType<BenchFlatCustomer>();

    private static readonly string[] Countries = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL"];

    /// <summary>
    /// Five conditions on scalar fields: country in [US, CA, GB], last order in the last 90 days,
    /// more than 500 spent, age between 25 and 60, not opted out.
    /// </summary>
    public static SegmentDefinition Vip { get; } = new("flat VIP", new AllCriterion(
        new InCriterion("country", new[] { "US", "CA", "GB" }.Select(SegmentValue.FromString)),
        new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(90, TimeUnit.Days)),
        new ComparisonCriterion("totalSpent", GreaterThan, SegmentValue.FromNumber(500)),
        new BetweenCriterion("age", SegmentValue.FromNumber(25), SegmentValue.FromNumber(60)),
        new ComparisonCriterion("optedOut", Equal, SegmentValue.FromBoolean(false))));

    public static BenchFlatCustomer[] Customers(int count, int seed = 42)
    {
        var random = new Random(seed);
        var customers = new BenchFlatCustomer[count];
        for (var i = 0; i < count; i++)
        {
            customers[i] = new BenchFlatCustomer
            {
                Id = i,
                Country = Countries[random.Next(Countries.Length)],
                Age = random.Next(10) == 0 ? null : random.Next(16, 90),
                OptedOut = random.Next(10) == 0,
                TotalSpent = random.Next(0, 2000),
                LastOrderAt = BenchData.AsOf.AddDays(-random.Next(0, 365)),
            };
        }

        return customers;
    }
}
