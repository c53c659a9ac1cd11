using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Testing.Tests;

public sealed class SegmentAssertQueryTests
{
    private static readonly CompiledSegment<ShopCustomer> Vip = SegmentCompiler.Shared.Compile<ShopCustomer>(Shop.Vip, Shop.Catalog);

    [Fact]
    public void SameMembers_LinqToObjectsQuery_Passes()
    {
        var customers = Shop.Customers();

        SegmentAssert.SameMembersInMemoryAndQuery(Vip, customers.AsQueryable(), customers, c => c.Id, Shop.AsOf);
    }

    [Fact]
    public void SameMembers_SqliteThroughEfCore_Passes()
    {
        var (connection, options) = ShopDbContext.Create(Shop.Customers());
        using var _ = connection;
        using var context = new ShopDbContext(options);

        SegmentAssert.SameMembersInMemoryAndQuery(Shop.Vip, Shop.Catalog, context.Customers, Shop.Customers(), c => c.Id, Shop.AsOf);
    }

    [Fact]
    public void SameMembers_DefinitionWithReferences_SqliteThroughEfCore_Passes()
    {
        var references = new Dictionary<string, SegmentDefinition> { [Shop.Vip.Name] = Shop.Vip };
        var canadianVip = new SegmentDefinition("canadianVip", new AllCriterion(
            new SegmentReferenceCriterion(Shop.Vip.Name),
            new ComparisonCriterion("country", ComparisonOperator.Equal, SegmentValue.FromString("CA"))));
        var (connection, options) = ShopDbContext.Create(Shop.Customers());
        using var _ = connection;
        using var context = new ShopDbContext(options);

        SegmentAssert.SameMembersInMemoryAndQuery(canadianVip, Shop.Catalog, references, context.Customers, Shop.Customers(), c => c.Id, Shop.AsOf);
        Assert.Equal([15], context.Customers.WhereSegment(canadianVip, Shop.Catalog, references, Shop.AsOf).Select(c => c.Id).ToList());
        Assert.Throws<Binding.DefinitionException>(() =>
            SegmentAssert.SameMembersInMemoryAndQuery(canadianVip, Shop.Catalog, context.Customers, Shop.Customers(), c => c.Id, Shop.AsOf));
    }

    [Fact]
    public void SameMembers_QueryOverOtherData_FailsListingKeysOnEachSide()
    {
        var inMemory = Shop.Customers();
        var stored = Shop.Customers();
        stored[0].Age = 16;        // 10 drops out of the query
        stored[3].Country = "US";  // 13 joins it

        var error = Assert.Throws<SegmentAssertionException>(() =>
            SegmentAssert.SameMembersInMemoryAndQuery(Vip, stored.AsQueryable(), inMemory, c => c.Id, Shop.AsOf));

        Assert.Equal(
            "Segment 'VIP' has different members in memory (2) and through the query (2) as of 2025-06-01T12:00:00.0000000+00:00.\nOnly in memory (1): 10\nOnly in the query (1): 13",
            error.Message);
    }

    [Fact]
    public void SameMembers_ManyDifferences_ListsTheFirstTwentyOfEachSide()
    {
        var adults = new SegmentDefinition("adults", new ComparisonCriterion("age", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(18)));
        var inMemory = Enumerable.Range(1, 30).Select(i => new ShopCustomer { Id = i, Age = 30 }).ToArray();
        var stored = Enumerable.Range(1, 30).Select(i => new ShopCustomer { Id = i, Age = i <= 25 ? 10 : 30 }).Append(new ShopCustomer { Id = 99, Age = 40 });

        var error = Assert.Throws<SegmentAssertionException>(() =>
            SegmentAssert.SameMembersInMemoryAndQuery(adults, Shop.Catalog, stored.AsQueryable(), inMemory, c => c.Id, Shop.AsOf));

        var lines = error.Message.Split('\n');
        Assert.Equal("Only in memory (25): " + string.Join(", ", Enumerable.Range(1, 20)) + ", ... (5 more)", lines[1]);
        Assert.Equal("Only in the query (1): 99", lines[2]);
    }

    [Fact]
    public void SameMembers_SegmentWithInMemoryCriterion_FailsNamingIt()
    {
        var catalog = Shop.Catalog.WithCriterion(InMemoryCriterion<ShopCustomer>.FromPredicate("even", (c, _) => c.Id % 2 == 0));
        var definition = new SegmentDefinition("evens", new CustomCriterion("even"));
        var customers = Shop.Customers();

        var error = Assert.Throws<SegmentAssertionException>(() =>
            SegmentAssert.SameMembersInMemoryAndQuery(definition, catalog, customers.AsQueryable(), customers, c => c.Id, Shop.AsOf));

        Assert.StartsWith("Segment 'evens' could not run through the query: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'even'", error.Message, StringComparison.Ordinal);
        Assert.IsType<SegmentationException>(error.InnerException);
    }
}
