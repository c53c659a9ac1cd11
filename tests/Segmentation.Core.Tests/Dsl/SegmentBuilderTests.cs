using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

public sealed class SegmentBuilderTests
{
    private static SegmentValue N(decimal value) => SegmentValue.FromNumber(value);

    private static SegmentValue S(string value) => SegmentValue.FromString(value);

    [Fact]
    public void Build_VipStory_ProducesTheHandWrittenDefinition()
    {
        var vip = Segment.For<Customer>("VIP")
            .Where(c => c.Country).In("US", "CA", "GB")
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(3)
            .And(c => c.TotalSpend).GreaterThan(500m)
            .AndNot(c => c.OptedOut).IsTrue()
            .Build();

        var expected = new SegmentDefinition("VIP", new AllCriterion(
            new InCriterion("country", [S("US"), S("CA"), S("GB")]),
            new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, N(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days))),
            new ComparisonCriterion("totalSpend", ComparisonOperator.GreaterThan, N(500)),
            new NotCriterion(new ComparisonCriterion("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(true)))));
        Assert.Equal(expected, vip);
    }

    [Fact]
    public void Build_SingleCriterion_IsNotWrappedInAGroup()
    {
        var definition = Segment.For<Customer>("adults").Where(c => c.Age).AtLeast(18).Build();

        Assert.Equal(new ComparisonCriterion("age", ComparisonOperator.GreaterThanOrEqual, N(18)), definition.Criteria);
    }

    [Fact]
    public void Build_DescriptionAndExplicitCatalog_AreKept()
    {
        var definition = Segment.For<Customer>("rich", Catalogs.Customer).WithDescription("Big spenders").Where(c => c.TotalSpend).AtLeast(1000).Build();

        Assert.Equal("Big spenders", definition.Description);
        Assert.Equal("rich", definition.Name);
    }

    [Fact]
    public void Build_OrChain_ProducesAny()
    {
        var definition = Segment.For<Customer>("north-america")
            .Where(c => c.Country).EqualTo("US")
            .Or(c => c.Country).EqualTo("CA")
            .OrNot(c => c.Age).HasValue()
            .Build();

        Assert.Equal(
            new AnyCriterion(
                new ComparisonCriterion("country", ComparisonOperator.Equal, S("US")),
                new ComparisonCriterion("country", ComparisonOperator.Equal, S("CA")),
                new NotCriterion(new NullCheckCriterion("age", isNull: false))),
            definition.Criteria);
    }

    [Fact]
    public void Build_AfterBuild_ChainCanBeExtendedWithoutChangingEarlierDefinitions()
    {
        var chain = Segment.For<Customer>("s").Where(c => c.Age).AtLeast(18);
        var first = chain.Build();

        var second = chain.And(c => c.Country).EqualTo("US").Build();

        Assert.IsType<ComparisonCriterion>(first.Criteria);
        Assert.Equal(2, Assert.IsType<AllCriterion>(second.Criteria).Criteria.Count);
        Assert.Equal(first, Segment.For<Customer>("s").Where(c => c.Age).AtLeast(18).Build());
    }

    [Fact]
    public void For_SharedStart_StartsIndependentChains()
    {
        var start = Segment.For<Customer>("s");

        var a = start.Where(c => c.Age).AtLeast(18).Build();
        var b = start.Where(c => c.Country).EqualTo("US").Build();

        Assert.IsType<ComparisonCriterion>(a.Criteria);
        Assert.Equal("country", Assert.IsType<ComparisonCriterion>(b.Criteria).Field);
    }

    [Fact]
    public void Build_InvalidValueForCatalog_ThrowsDefinitionExceptionWithJsonPath()
    {
        var chain = Segment.For<Customer>("s")
            .Where(c => c.Age).AtLeast(18)
            .And(c => c.Tier).EqualTo((Tier)42);

        var error = Assert.Throws<DefinitionException>(chain.Build);

        Assert.Equal("$.criteria.criteria[1].value", error.Location);
        Assert.Contains("Gold", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LimitsFromStart_AreEnforced()
    {
        var chain = Segment.For<Customer>("s").WithLimits(DefinitionLimits.Default with { MaxListLength = 2 })
            .Where(c => c.Country).In("US", "CA", "GB");

        var error = Assert.Throws<DefinitionException>(chain.Build);

        Assert.Equal("$.criteria.values", error.Location);
    }

    [Fact]
    public void Build_SharedStartAndDefinition_AreSafeAcrossThreads()
    {
        var start = Segment.For<Customer>("VIP").WithDescription("shared");
        var reference = start.Where(c => c.Country).In("US", "CA").And(c => c.Orders).Count().AtLeast(3).Build();

        var results = new SegmentDefinition[64];
        Parallel.For(0, results.Length, i =>
        {
            results[i] = start.Where(c => c.Country).In("US", "CA").And(c => c.Orders).Count().AtLeast(3).Build();
            Assert.Equal(reference.GetHashCode(), results[i].GetHashCode());
        });

        Assert.All(results, r => Assert.Equal(reference, r));
        Assert.Equal(2, Assert.IsType<AllCriterion>(reference.Criteria).Criteria.Count);
    }
}
