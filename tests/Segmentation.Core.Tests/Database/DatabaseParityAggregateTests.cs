using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>Count, sum, average, min and max over orders, with and without filter and window: SQLite = memory.</summary>
public sealed class DatabaseParityAggregateTests
{
    private static readonly DateTimeOffset AsOf = Parity.AsOf;

    private static readonly Customer[] Buyers =
    [
        new() { Orders = [Order(100, -10, "web"), Order(300, -100, "store", returned: true), Order(50, -30, "app")] },
        new() { Orders = [] },
        new() { Orders = [Order(-50, -1, "web")] },
        new() { Orders = [Order(200, -31, "web"), Order(200, -29, "web")] },
        new() { Orders = [Order(400, 0, null)] },
        new() { Orders = [Order(0.5m, -400, "store", returned: true)] },
    ];

    private static readonly Criterion NotReturned = new ComparisonCriterion("returned", Equal, SegmentValue.FromBoolean(false));

    private static readonly TimeWindowCriterion Last30Days = new("placedAt", TimeWindow.Last(30, TimeUnit.Days));

    public static TheoryData<AggregateFunction, ComparisonOperator, decimal, int> Cases()
    {
        var data = new TheoryData<AggregateFunction, ComparisonOperator, decimal, int>();
        foreach (var function in Enum.GetValues<AggregateFunction>())
        {
            foreach (var op in new[] { Equal, NotEqual, GreaterThan, LessThanOrEqual })
            {
                foreach (var value in function == AggregateFunction.Count ? new[] { 0m, 1m, 2m } : [0m, 50m, 150m, 200m, 400m])
                {
                    // 0: plain, 1: filter, 2: window, 3: both.
                    for (var shape = 0; shape < 4; shape++)
                    {
                        data.Add(function, op, value, shape);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aggregate_EveryFunctionWithFilterAndWindow_SameMembers(AggregateFunction function, ComparisonOperator op, decimal value, int shape)
    {
        var criterion = new AggregateCriterion(
            "orders",
            function,
            function == AggregateFunction.Count ? null : "amount",
            op,
            SegmentValue.FromNumber(value),
            shape is 1 or 3 ? NotReturned : null,
            shape is 2 or 3 ? Last30Days : null);
        Parity.AssertSameMembers(Buyers, Parity.Compile(criterion), AsOf);
    }

    [Fact]
    public void Aggregates_OfNoElements_CountAndSumAreZero_OthersMissing()
    {
        Assert.Equal([2, 6], Parity.AssertSameMembers(Buyers, Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Count, null, Equal, SegmentValue.FromNumber(0), window: Last30Days)), AsOf));
        Assert.Equal([2, 6], Parity.AssertSameMembers(Buyers, Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Sum, "amount", Equal, SegmentValue.FromNumber(0), window: Last30Days)), AsOf));
        Assert.Equal([2], Parity.AssertSameMembers(Buyers, Parity.Compile(new NotCriterion(new AggregateCriterion("orders", AggregateFunction.Average, "amount", NotEqual, SegmentValue.FromNumber(-1)))), AsOf));
    }

    [Fact]
    public void Aggregate_AverageWithFractions_SameMembers()
    {
        Assert.Equal([1], Parity.AssertSameMembers(Buyers, Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Average, "amount", Equal, SegmentValue.FromNumber(150))), AsOf));
        Assert.Equal([6], Parity.AssertSameMembers(Buyers, Parity.Compile(new AggregateCriterion("orders", AggregateFunction.Average, "amount", Equal, SegmentValue.FromNumber(0.5m))), AsOf));
    }

    [Fact]
    public void Aggregate_MaxOfADate_SameMembers()
    {
        var criterion = new AggregateCriterion("orders", AggregateFunction.Max, "placedAt", GreaterThanOrEqual, SegmentValue.FromDateTime(AsOf.AddDays(-10)));
        Assert.Equal([1, 3, 5], Parity.AssertSameMembers(Buyers, Parity.Compile(criterion), AsOf));
    }

    private static Order Order(decimal amount, int days, string? channel, bool returned = false) =>
        new() { Amount = amount, PlacedAt = AsOf.AddDays(days), Channel = channel, Returned = returned };
}
