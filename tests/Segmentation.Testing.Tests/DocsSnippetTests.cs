using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.Testing.Tests;

/// <summary>The snippets of docs/testing.md, compiled and run.</summary>
public sealed class DocsSnippetTests
{
    private static readonly Catalog.FieldCatalog catalog = Shop.Catalog; // named as in the docs

    [Fact]
    public void Matching_Snippet()
    {
        var adultWithTwoRecentOrders = Shop.Customers()[0];
        var minor = Shop.Customers()[1];

        var asOf = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);   // fixed: tests never read the clock
        var vip = Segment.For<ShopCustomer>("VIP", catalog)
            .Where(c => c.Country).In("US", "CA")
            .And(c => c.Age).AtLeast(18)
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(2)
            .Build();

        SegmentAssert.Matches(vip, catalog, adultWithTwoRecentOrders, asOf);
        SegmentAssert.DoesNotMatch(vip, catalog, minor, asOf);

        // The failure message shown in the docs.
        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.Matches(vip, catalog, minor, asOf));
        Assert.Equal(
            """
            Expected the customer to match segment 'VIP' as of 2025-06-01T12:00:00.0000000+00:00, but it does not.
            VIP: no match (as of 2025-06-01T12:00:00.0000000+00:00)
            [ ] all
              [x] country in ["US","CA"]   (country = "US")
              [ ] age >= 18   (age = 17)
              [x] count(orders, placedAt in last 90 days) >= 2   (count(orders, placedAt in last 90 days) = 2)   (skipped by the fast path)

            """.ReplaceLineEndings("\n"),
            error.Message);
    }

    [Fact]
    public void RoundTrip_Snippet()
    {
        var vip = Shop.Vip;

        var read = SegmentAssert.RoundTripsThroughJson(vip, catalog);

        Assert.Equal(vip, read);
    }

    [Fact]
    public void Parity_Snippet()
    {
        var asOf = Shop.AsOf;
        var vip = Shop.Vip;
        var customers = Shop.Customers();
        var (connection, options) = ShopDbContext.Create(customers);
        using var _ = connection;

        using var db = new ShopDbContext(options);          // your EF Core context, e.g. on SQLite
        SegmentAssert.SameMembersInMemoryAndQuery(vip, catalog, db.Customers, customers, c => c.Id, asOf);
    }
}
