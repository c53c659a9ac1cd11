using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.Testing.Tests;

/// <summary>Shared catalog, segments and customers.</summary>
internal static class Shop
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly FieldCatalog Catalog = FieldCatalog.FromType<ShopCustomer>();

    public static SegmentDefinition Vip { get; } = Segment.For<ShopCustomer>("VIP", Catalog)
        .Where(c => c.Country).In("US", "CA")
        .And(c => c.Age).AtLeast(18)
        .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(2)
        .Build();

    public static ShopCustomer[] Customers() =>
    [
        new() { Id = 10, Country = "US", Age = 30, Orders = [Order(1, -5), Order(2, -40)] },
        new() { Id = 11, Country = "US", Age = 17, Orders = [Order(3, -5), Order(4, -40)] },
        new() { Id = 12, Country = "CA", Age = 45, Orders = [Order(5, -200)] },
        new() { Id = 13, Country = "DE", Age = 50, Orders = [Order(6, -1), Order(7, -2)] },
        new() { Id = 14, Country = "CA", Age = null },
        new() { Id = 15, Country = "CA", Age = 60, Orders = [Order(8, -89), Order(9, -90)] },
    ];

    private static ShopOrder Order(int id, int days) => new() { Id = id, Amount = 10m * id, PlacedAt = AsOf.AddDays(days) };
}
