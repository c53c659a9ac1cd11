using Microsoft.Extensions.DependencyInjection;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.DependencyInjection;

public sealed class AddSegmentationTests
{
    [Fact]
    public void AddSegmentation_CatalogCriteriaAndDefinitions_AreResolvable()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<TicketService>()
            .AddSegmentation(b => b
                .AddCatalog<Customer>()
                .AddCriterion(TestCriteria.SpentOver)
                .AddCriterion(TestCriteria.HasOpenTicket)
                .AddCriterion<RecentTicketCriterion>()
                .AddDefinition<Customer>("vip", s => s.Where(c => c.Country).In("US", "CA").And(g => g.Matches("spentOver", ("amount", 500))))
                .AddDefinition<Customer>("needsCall", s => s.InSegment("vip").And(g => g.Matches("hasOpenTicket", ("days", 30))))
                .AddDefinition<Customer>(new SegmentDefinition("ticketed", new CustomCriterion("recentTicket"))))
            .BuildServiceProvider();

        var catalog = provider.GetRequiredService<ISegmentCatalogProvider>().GetCatalog<Customer>();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();

        Assert.Equal(["spentOver", "hasOpenTicket", "recentTicket"], catalog.Criteria.Select(c => c.Name));
        Assert.Equal(["vip", "needsCall", "ticketed"], definitions.Names);
        Assert.Same(catalog, definitions.Catalog);
        Assert.Equal(1, definitions.Current.Version);
        Assert.IsType<AllCriterion>(definitions.Get("vip").Criteria);
    }

    [Fact]
    public void Describe_ReportsTranslatableAndInMemoryCriteria_ThroughReferences()
    {
        using var provider = Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();

        var vip = definitions.Describe("vip");
        var needsCall = definitions.Describe("needsCall");
        var caller = definitions.Describe("callList");

        Assert.True(vip.IsTranslatable);
        Assert.Equal(["spentOver"], vip.CustomCriteria);
        Assert.False(needsCall.IsTranslatable);
        Assert.True(needsCall.RequiresAsync);
        Assert.Equal(["hasOpenTicket"], needsCall.InMemoryCriteria);
        Assert.False(caller.IsTranslatable);
        Assert.Equal(["needsCall", "vip"], caller.ReferencedSegments);
        Assert.Equal(["needsCall", "callList"], definitions.Current.InMemoryOnly);
    }

    [Fact]
    public void Resolve_InvalidRegisteredDefinition_ThrowsNamingSegmentAndPath()
    {
        using var provider = new ServiceCollection()
            .AddSegmentation(b => b.AddCatalog<Customer>()
                .AddDefinition<Customer>(new SegmentDefinition("bad", new ComparisonCriterion("age", ComparisonOperator.Equal, SegmentValue.FromString("x")))))
            .BuildServiceProvider();

        var error = Assert.Throws<DefinitionException>(provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>);

        Assert.Equal("$.criteria.value", error.Location);
        Assert.Contains("segment 'bad'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CriterionWithoutCatalog_IsRejected()
    {
        using var provider = new ServiceCollection().AddSegmentation(b => b.AddCriterion(TestCriteria.SpentOver)).BuildServiceProvider();

        var error = Assert.Throws<SegmentationException>(provider.GetRequiredService<ISegmentCatalogProvider>);

        Assert.Contains("AddCatalog<Customer>()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCatalog_Twice_IsRejected()
    {
        Assert.Throws<SegmentationException>(() => new ServiceCollection().AddSegmentation(b => b.AddCatalog<Customer>()).AddSegmentation(b => b.AddCatalog<Customer>()));
    }

    [Fact]
    public void AddCatalog_AllowListedCatalog_RejectsDefinitionsOutsideIt()
    {
        using var provider = new ServiceCollection()
            .AddSegmentation(b => b.AddCatalog<Customer>(o => o.Include("country")).AddDefinition<Customer>("adults", s => s.Where(c => c.Age).AtLeast(18)))
            .BuildServiceProvider();

        var error = Assert.Throws<SegmentationException>(provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>);

        Assert.Contains("Customer.Age is not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownName_SuggestsTheClosest()
    {
        using var provider = Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();

        var error = Assert.Throws<SegmentationException>(() => definitions.Get("vipp"));

        Assert.Contains("Did you mean 'vip'?", error.Message, StringComparison.Ordinal);
        Assert.False(definitions.TryGet("vipp", out _));
    }

    internal static IServiceCollection Services() => new ServiceCollection().AddSegmentation(b => b
        .AddCatalog<Customer>()
        .AddCriterion(TestCriteria.SpentOver)
        .AddCriterion(TestCriteria.HasOpenTicket)
        .AddDefinition<Customer>("vip", s => s.Matches("spentOver", ("amount", 500)))
        .AddDefinition<Customer>("needsCall", s => s.Where(c => c.Country).EqualTo("US").And(g => g.Matches("hasOpenTicket", ("days", 30))))
        .AddDefinitions<Customer>((_, catalog) => [Segment.For<Customer>("callList", catalog).InSegment("vip").And(g => g.InSegment("needsCall")).Build()]));
}
