using Microsoft.EntityFrameworkCore;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>The database fixture itself: data survives the round trip and the tricky types query in SQL.</summary>
public sealed class SqliteDatabaseTests
{
    [Fact]
    public void Customers_RoundTripWithOrdersTagsAndAddress()
    {
        var placedAt = new DateTimeOffset(2025, 5, 1, 10, 0, 0, TimeSpan.FromHours(2));
        Customer[] customers =
        [
            new() { Name = "Ada", TotalSpend = 12.5m, Tags = ["vip"], Address = new Address { City = "Oslo" }, Orders = [new Order { Amount = 3m, PlacedAt = placedAt }] },
            new() { Name = "Alan" },
        ];
        using var database = new SqliteDatabase(customers);
        using var context = database.NewContext();

        var stored = context.Customers.Include(c => c.Orders).OrderBy(c => c.Id).ToList();

        Assert.Equal(2, stored.Count);
        Assert.Equal(["vip"], stored[0].Tags);
        Assert.Equal("Oslo", stored[0].Address!.City);
        Assert.Equal(placedAt, stored[0].Orders.Single().PlacedAt);
        Assert.Null(stored[1].Address);
    }

    [Fact]
    public void Queries_OnConvertedTypesAndCollections_RunInSql()
    {
        var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Customer[] customers =
        [
            new() { TotalSpend = 600m, Tags = ["vip"], Orders = [new Order { Amount = 300m, PlacedAt = asOf.AddDays(-10) }, new Order { Amount = 400m, PlacedAt = asOf.AddDays(-100) }] },
            new() { TotalSpend = 50m, Tags = ["music"] },
        ];
        using var database = new SqliteDatabase(customers);
        using var context = database.NewContext();
        var since = asOf.AddDays(-90);
        string[] wanted = ["vip", "sports"];

        var query = context.Customers.Where(c =>
            c.TotalSpend > 500m
            && c.Tags.Any(t => wanted.Contains(t))
            && c.Orders.Where(o => o.PlacedAt >= since).Sum(o => o.Amount) > 100m);

        Assert.Contains("WHERE", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(1, query.Count());
    }
}
