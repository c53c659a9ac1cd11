using FsCheck;
using FsCheck.Fluent;
using Segmentation.Analytics;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Analytics;

/// <summary>Customer revenues: zeros, small and large values, in cents.</summary>
public sealed record RevenueSample(decimal[] Values)
{
    public override string ToString() => "[" + string.Join(", ", Values) + "]";
}

/// <summary>A population where each customer is in one segment.</summary>
public sealed record ExclusivePopulation(string[] Names, int[] Segments, CustomerMetrics[] Metrics);

/// <summary>A population where each customer is in any number of segments, sometimes more than 64 of them.</summary>
public sealed record OverlappingPopulation(string[] Names, SegmentMembership[] Segments, CustomerMetrics[] Metrics);

/// <summary>Two runs sorted by customer id; some customers appear in one run only.</summary>
public sealed record MigrationRuns(string[] Names, CustomerSegments<int>[] Earlier, CustomerSegments<int>[] Later, bool Exclusive);

/// <summary>Generators of the analytics properties, sized for a 2-core CI.</summary>
public static class AnalyticsArbitraries
{
    private static readonly Gen<decimal> Revenue = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (6, Gen.Choose(1, 20_000).Select(cents => cents / 100m)),
        (1, Gen.Choose(1, 100_000_000).Select(cents => cents / 100m)));

    private static readonly Gen<CustomerMetrics> Metrics =
        from orders in Gen.Choose(0, 20)
        from revenue in Revenue
        from recency in Gen.Frequency((1, Gen.Constant<double?>(null)), (5, Gen.Choose(0, 540).Select(d => (double?)d)))
        select new CustomerMetrics(orders, revenue, recency);

    private static readonly Gen<int> SegmentCount = Gen.Frequency((8, Gen.Choose(1, 8)), (1, Gen.Choose(60, 130)));

    public static Arbitrary<RevenueSample> RevenueSample() =>
        Gen.ArrayOf(Revenue).Select(v => new RevenueSample(v)).ToArbitrary();

    public static Arbitrary<ExclusivePopulation> ExclusivePopulation() =>
        (from count in SegmentCount
         from customers in Gen.ArrayOf(Gen.Choose(0, count - 1).Zip(Metrics))
         select new ExclusivePopulation(
             Names(count),
             Array.ConvertAll(customers, c => c.Item1),
             Array.ConvertAll(customers, c => c.Item2))).ToArbitrary();

    public static Arbitrary<OverlappingPopulation> OverlappingPopulation() =>
        (from count in SegmentCount
         from customers in Gen.ArrayOf(Mask(count).Zip(Metrics))
         select new OverlappingPopulation(
             Names(count),
             Array.ConvertAll(customers, c => c.Item1),
             Array.ConvertAll(customers, c => c.Item2))).ToArbitrary();

    public static Arbitrary<MigrationRuns> MigrationRuns() =>
        (from count in SegmentCount
         from exclusive in Gen.Elements(true, false)
         from earlier in Run(count, exclusive)
         from later in Run(count, exclusive)
         select new MigrationRuns(Names(count), earlier, later, exclusive)).ToArbitrary();

    internal static string[] Names(int count) => [.. Enumerable.Range(0, count).Select(i => "S" + i)];

    private static Gen<SegmentMembership> Mask(int count) =>
        Gen.ArrayOf(Gen.Choose(0, count - 1), Math.Min(count, 4))
            .SelectMany(indices => Gen.Choose(0, indices.Length).Select(take => SegmentMembership.FromIndices(indices.AsSpan(0, take))));

    // Customer ids 0..3n, each present with probability 2/3, so the runs overlap partly.
    private static Gen<CustomerSegments<int>[]> Run(int count, bool exclusive) =>
        Gen.Sized(size =>
            from present in Gen.ArrayOf(Gen.Choose(0, 2), size)
            from masks in Gen.ArrayOf(exclusive ? Gen.Choose(0, count - 1).Select(SegmentMembership.Single) : Mask(count), size)
            select Enumerable.Range(0, size).Where(i => present[i] > 0).Select(i => new CustomerSegments<int>(i, masks[i])).ToArray());
}
