using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Serialization;
using Segmentation.Tests.Database;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Docs;

/// <summary>The README's quick start, compiled and run: in memory, in SQLite and as JSON.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_GivesTheSameVipsInMemoryInTheDatabaseAndAfterJson()
    {
        var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var catalog = FieldCatalog.FromType<Customer>(o => o.Include("country", "totalSpend", "orders.placedAt"));
        Order[] recent = [new() { Amount = 200m, PlacedAt = asOf.AddDays(-10) }, new() { Amount = 200m, PlacedAt = asOf.AddDays(-40) }, new() { Amount = 200m, PlacedAt = asOf.AddDays(-89) }];
        Customer[] customers =
        [
            new() { Country = "US", TotalSpend = 600m, Orders = [.. recent] },
            new() { Country = "DE", TotalSpend = 600m, Orders = [.. recent] },
            new() { Country = "CA", TotalSpend = 400m, Orders = [.. recent] },
            new() { Country = "GB", TotalSpend = 900m, Orders = [.. recent.Take(2)] },
        ];
        using var database = new SqliteDatabase(customers);
        using var db = database.NewContext();

        // README quick start, verbatim from "var vip" to "var json".
        var vip = Segment.For<Customer>("VIP")
            .Where(c => c.Country).In("US", "CA", "GB")
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(3)
            .And(c => c.TotalSpend).GreaterThan(500m)
            .Build();
        var isVip = SegmentCompiler.Shared.Compile<Customer>(vip, catalog).ToPredicate(asOf);  // in memory
        var query = db.Customers.WhereSegment(vip, catalog, asOf);                             // in your database
        var json = SegmentJson.Serialize(vip);                                                 // stored as data

        Assert.Equal([true, false, false, false], customers.Select(isVip));
        Assert.Equal([1], query.Select(c => c.Id).ToArray());
        Assert.Equal(vip, SegmentJson.Deserialize(json, catalog));
    }
}
