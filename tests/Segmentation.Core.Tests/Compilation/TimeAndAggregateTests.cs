using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

public sealed class TimeAndAggregateTests
{
    private static TimeWindowCriterion Last90 => new("lastOrderAt", TimeWindow.Last(90, TimeUnit.Days));

    [Theory]
    [InlineData(0, true)]
    [InlineData(90 * 24 * 3600, true)]
    [InlineData((90 * 24 * 3600) + 1, false)]
    [InlineData(-1, false)]
    public void Compile_LastWindow_IncludesBothEdges(int secondsBeforeAsOf, bool expected) =>
        Assert.Equal(expected, Matches(Last90, new Customer { LastOrderAt = AsOf.AddSeconds(-secondsBeforeAsOf) }));

    [Theory]
    [InlineData(90 * 24 * 3600, false)]
    [InlineData((90 * 24 * 3600) + 1, true)]
    public void Compile_OlderThanWindow_ExcludesItsEdge(int secondsBeforeAsOf, bool expected) =>
        Assert.Equal(expected, Matches(new TimeWindowCriterion("lastOrderAt", TimeWindow.OlderThan(90, TimeUnit.Days)), new Customer { LastOrderAt = AsOf.AddSeconds(-secondsBeforeAsOf) }));

    [Fact]
    public void Compile_TimeWindowOnMissingDate_IsFalse()
    {
        Assert.False(Matches(Last90, new Customer()));
        Assert.False(Matches(new TimeWindowCriterion("lastOrderAt", TimeWindow.OlderThan(1, TimeUnit.Days)), new Customer()));
    }

    [Fact]
    public void Compile_AsOf_IsAParameterNotACompiledConstant()
    {
        var segment = Of(Last90);
        var customer = new Customer { LastOrderAt = AsOf.AddDays(-100) };
        Assert.False(segment.IsMatch(customer, AsOf));
        Assert.True(segment.IsMatch(customer, AsOf.AddDays(-20)));
    }

    [Fact]
    public void Compile_DateFieldWindows_UseCalendarDates()
    {
        var months = new TimeWindowCriterion("birthDate", TimeWindow.Last(1, TimeUnit.Months));
        Assert.True(Matches(months, new Customer { BirthDate = new DateOnly(2025, 5, 1) }));
        Assert.False(Matches(months, new Customer { BirthDate = new DateOnly(2025, 4, 30) }));
        Assert.True(Matches(months, new Customer { BirthDate = new DateOnly(2025, 6, 1) }));
        Assert.False(Matches(months, new Customer { BirthDate = new DateOnly(2025, 6, 2) }));
    }

    [Fact]
    public void Compile_BetweenWindow_IsFixed()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var window = new TimeWindowCriterion("lastOrderAt", TimeWindow.Between(from, from.AddDays(10)));
        Assert.True(Matches(window, new Customer { LastOrderAt = from }));
        Assert.True(Matches(window, new Customer { LastOrderAt = from.AddDays(10) }));
        Assert.False(Matches(window, new Customer { LastOrderAt = from.AddDays(10).AddTicks(1) }));
    }

    private static Customer WithOrders(params (decimal Amount, int DaysAgo, bool Returned)[] orders) => new()
    {
        Orders = [.. orders.Select(o => new Order { Amount = o.Amount, PlacedAt = AsOf.AddDays(-o.DaysAgo), Returned = o.Returned })],
    };

    [Fact]
    public void Compile_CountWithFilterAndWindow_CountsMatchingElements()
    {
        var recentKept = new AggregateCriterion(
            "orders", AggregateFunction.Count, null, GreaterThanOrEqual, SegmentValue.FromNumber(2),
            filter: new ComparisonCriterion("returned", Equal, SegmentValue.FromBoolean(false)),
            window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days)));
        Assert.True(Matches(recentKept, WithOrders((10, 1, false), (10, 90, false), (10, 91, false))));
        Assert.False(Matches(recentKept, WithOrders((10, 1, false), (10, 2, true), (10, 91, false))));
    }

    [Theory]
    [InlineData(AggregateFunction.Count, LessThan, 1, true)]
    [InlineData(AggregateFunction.Sum, Equal, 0, true)]
    [InlineData(AggregateFunction.Average, LessThan, 1000, false)]
    [InlineData(AggregateFunction.Min, LessThan, 1000, false)]
    [InlineData(AggregateFunction.Max, NotEqual, 0, false)]
    public void Compile_AggregatesOfEmptyAndMissingCollections(AggregateFunction function, ComparisonOperator op, int value, bool expected)
    {
        var criterion = new AggregateCriterion("orders", function, function == AggregateFunction.Count ? null : "amount", op, SegmentValue.FromNumber(value));
        Assert.Equal(expected, Matches(criterion, new Customer { Orders = [] }));
        Assert.Equal(expected, Matches(criterion, new Customer { Orders = null! }));
    }

    [Theory]
    [InlineData(AggregateFunction.Sum, 60)]
    [InlineData(AggregateFunction.Average, 20)]
    [InlineData(AggregateFunction.Min, 10)]
    [InlineData(AggregateFunction.Max, 30)]
    public void Compile_NumericAggregates_ComputeTheValue(AggregateFunction function, int expected)
    {
        var customer = WithOrders((10, 1, false), (20, 2, false), (30, 3, false));
        Assert.True(Matches(new AggregateCriterion("orders", function, "amount", Equal, SegmentValue.FromNumber(expected)), customer));
        Assert.False(Matches(new AggregateCriterion("orders", function, "amount", NotEqual, SegmentValue.FromNumber(expected)), customer));
    }

    [Fact]
    public void Compile_MaxOfDates_ComparesInstants()
    {
        var latest = new AggregateCriterion("orders", AggregateFunction.Max, "placedAt", GreaterThanOrEqual, SegmentValue.FromDateTime(AsOf.AddDays(-5)));
        Assert.True(Matches(latest, WithOrders((1, 100, false), (1, 5, false))));
        Assert.False(Matches(latest, WithOrders((1, 100, false), (1, 6, false))));
    }

    [Fact]
    public void Compile_CountAgainstFractionalLiteral_RoundsTheRightWay() =>
        Assert.True(Matches(new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThan, SegmentValue.FromNumber(1.5m)), WithOrders((1, 1, false), (1, 1, false))));
}
