using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

public sealed class GroupingTests
{
    private static readonly ComparisonCriterion Us = new("country", ComparisonOperator.Equal, SegmentValue.FromString("US"));
    private static readonly ComparisonCriterion Ca = new("country", ComparisonOperator.Equal, SegmentValue.FromString("CA"));
    private static readonly ComparisonCriterion Adult = new("age", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(18));

    [Fact]
    public void And_Group_KeepsTheGroupAsWritten()
    {
        var definition = Segment.For<Customer>("s")
            .Where(c => c.Age).AtLeast(18)
            .And(g => g.Where(c => c.Country).EqualTo("US").Or(c => c.Country).EqualTo("CA"))
            .Build();

        Assert.Equal(new AllCriterion(Adult, new AnyCriterion(Us, Ca)), definition.Criteria);
    }

    [Fact]
    public void Or_AfterAnd_IsRejectedWithAGroupingHint()
    {
        var chain = Segment.For<Customer>("s").Where(c => c.Age).AtLeast(18).And(c => c.Country).EqualTo("US");

        var error = Assert.Throws<SegmentationException>(() => chain.Or(c => c.Country).EqualTo("CA"));

        Assert.Contains("g => g.Where(...).Or(...)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void And_AfterOrGroup_IsRejected()
    {
        var chain = Segment.For<Customer>("s").Where(c => c.Age).AtLeast(18).Or(g => g.InSegment("vip"));

        Assert.Throws<SegmentationException>(() => chain.AndNot(g => g.InSegment("churned")));
    }

    [Fact]
    public void Not_AnyOf_AllOf_ProduceTheirNodes()
    {
        var start = Segment.For<Customer>("s");

        Assert.Equal(new NotCriterion(Us), start.Not(g => g.Where(c => c.Country).EqualTo("US")).Build().Criteria);
        Assert.Equal(
            new AnyCriterion(Us, new AllCriterion(Ca, Adult)),
            start.AnyOf(g => g.Where(c => c.Country).EqualTo("US"), g => g.Where(c => c.Country).EqualTo("CA").And(c => c.Age).AtLeast(18)).Build().Criteria);
        Assert.Equal(new AllCriterion(Us, Adult), start.AllOf(g => g.Where(c => c.Country).EqualTo("US"), g => g.Where(c => c.Age).AtLeast(18)).Build().Criteria);
    }

    [Fact]
    public void AndNot_OrNot_Groups_AreNegated()
    {
        var definition = Segment.For<Customer>("s").InSegment("vip").AndNot(g => g.InSegment("churned")).Build();

        Assert.Equal(new AllCriterion(new SegmentReferenceCriterion("vip"), new NotCriterion(new SegmentReferenceCriterion("churned"))), definition.Criteria);
    }

    [Fact]
    public void Aggregates_WithFilterWindowAndEachFunction_ProduceExpectedNodes()
    {
        var window = TimeWindow.Last(365, TimeUnit.Days);
        var notReturned = new ComparisonCriterion("returned", ComparisonOperator.Equal, SegmentValue.FromBoolean(false));
        var placed = new TimeWindowCriterion("placedAt", window);
        var start = Segment.For<Customer>("s");

        var sum = start.Where(c => c.Orders).Sum(o => o.Amount).Where(o => o.Where(x => x.Returned).IsFalse()).Within(o => o.PlacedAt, window).GreaterThan(500).Build();
        var average = start.Where(c => c.Orders).Average(o => o.Amount).LessThan(20).Build();
        var max = start.Where(c => c.Orders).Max(o => o.PlacedAt).GreaterThan(default);
        var min = start.Where(c => c.Orders).Min(o => o.Amount).AtLeast(1m).Build();
        var count = start.Where(c => c.Orders).Count().EqualTo(0).Build();

        Assert.Equal(new AggregateCriterion("orders", AggregateFunction.Sum, "amount", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(500), notReturned, placed), sum.Criteria);
        Assert.Equal(new AggregateCriterion("orders", AggregateFunction.Average, "amount", ComparisonOperator.LessThan, SegmentValue.FromNumber(20)), average.Criteria);
        Assert.Equal(new AggregateCriterion("orders", AggregateFunction.Min, "amount", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(1)), min.Criteria);
        Assert.Equal(new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.Equal, SegmentValue.FromNumber(0)), count.Criteria);
        Assert.Equal(
            new AggregateCriterion("orders", AggregateFunction.Max, "placedAt", ComparisonOperator.GreaterThan, SegmentValue.FromDateTime(default)),
            max.Build().Criteria);
    }

    [Fact]
    public void Aggregate_SecondWindow_IsRejected()
    {
        var count = Segment.For<Customer>("s").Where(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(1, TimeUnit.Days));

        Assert.Throws<SegmentationException>(() => count.Within(o => o.PlacedAt, TimeWindow.Last(2, TimeUnit.Days)));
    }

    [Fact]
    public void Matches_TypedArguments_AreCheckedByBuild()
    {
        var catalog = Catalogs.Customer.WithCriterion(new TranslatableCriterion<Customer>(
            "spentOver", (c, args) => c.TotalSpend > args.GetNumber("amount"), [new CriterionParameter("amount", ValueKind.Number)]));

        var ok = Segment.For<Customer>("s", catalog).Matches("spentOver", ("amount", 100)).Build();
        var wrong = Segment.For<Customer>("s", catalog).Matches("spentOver", ("amount", "lots"));

        Assert.Equal(new CustomCriterion("spentOver", [new("amount", SegmentValue.FromNumber(100))]), ok.Criteria);
        Assert.Equal("$.criteria.arguments.amount", Assert.Throws<DefinitionException>(wrong.Build).Location);
    }

    [Fact]
    public void Where_ByName_SelectsCustomFieldsWithTheirKind()
    {
        var catalog = FieldCatalog.For<Dictionary<string, object?>>()
            .AddCustomFields(new CustomFieldSchema([new("loyaltyPoints", FieldKind.Number), new("segmentTags", FieldKind.StringSet)]), (row, name) => row[name])
            .Build();

        var definition = Segment.For<Dictionary<string, object?>>("loyal", catalog)
            .Where<decimal>("loyaltyPoints").GreaterThan(100)
            .And<IEnumerable<string>>("segmentTags").ContainsAny("gold")
            .Build();

        Assert.Equal(
            new AllCriterion(
                new ComparisonCriterion("loyaltyPoints", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(100)),
                new SetCriterion("segmentTags", SetOperator.ContainsAny, ["gold"])),
            definition.Criteria);
        var wrongKind = Assert.Throws<SegmentationException>(() => Segment.For<Dictionary<string, object?>>("x", catalog).Where<string>("loyaltyPoints"));
        Assert.Contains("Where<decimal>(\"loyaltyPoints\")", wrongKind.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<SegmentationException>(() => Segment.For<Dictionary<string, object?>>("x", catalog).Where<decimal>("loyaltyPoint"));
        Assert.Contains("Did you mean 'loyaltyPoints'?", unknown.Message, StringComparison.Ordinal);
    }
}
