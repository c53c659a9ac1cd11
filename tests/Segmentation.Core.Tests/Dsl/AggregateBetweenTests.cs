using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.Compilation;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

/// <summary>Issue 12: aggregates take <c>Between(low, high)</c> like fields do.</summary>
public sealed class AggregateBetweenTests
{
    [Fact]
    public void Between_OnACount_IsBothInclusiveComparisons()
    {
        var definition = Segment.For<Customer>("s").Where(c => c.Orders).Count().Between(2, 5).Build();

        var expected = new AllCriterion(
            new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(2)),
            new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.LessThanOrEqual, SegmentValue.FromNumber(5)));
        Assert.Equal(expected, definition.Criteria);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Between_OnACount_IncludesBothEnds(int orders, bool expected)
    {
        var definition = Segment.For<Customer>("s").Where(c => c.Orders).Count().Between(2, 5).Build();
        var customer = new Customer { Orders = [.. Enumerable.Range(0, orders).Select(i => new Order { Id = i })] };

        Assert.Equal(expected, Compiled.Matches(definition.Criteria, customer));
    }

    [Fact]
    public void Between_OnAMaxOfInstants_TakesTheFieldsType()
    {
        var from = Compiled.AsOf.AddDays(-30);
        var definition = Segment.For<Customer>("s").Where(c => c.Orders).Max(o => o.PlacedAt).Between(from, Compiled.AsOf).Build();

        Assert.True(Compiled.Matches(definition.Criteria, new Customer { Orders = [new Order { PlacedAt = from.AddDays(1) }] }));
        Assert.False(Compiled.Matches(definition.Criteria, new Customer { Orders = [new Order { PlacedAt = from.AddDays(-1) }] }));
        Assert.False(Compiled.Matches(definition.Criteria, new Customer()));
    }

    [Fact]
    public void Between_ReversedBounds_IsTheBindersRangeError()
    {
        var error = Assert.Throws<DefinitionException>(() => Segment.For<Customer>("VIP").Where(c => c.Orders).Sum(o => o.Amount).Between(500, 100));
        var bound = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(
            new SegmentDefinition("VIP", new BetweenCriterion("totalSpend", SegmentValue.FromNumber(500), SegmentValue.FromNumber(100))), Catalogs.Customer));

        Assert.Equal("VIP > criterion 1 (orders) > Between(low)", error.Location);
        Assert.Equal(bound.Problem, error.Problem);
        Assert.Equal(bound.Expected, error.Expected);
    }
}
