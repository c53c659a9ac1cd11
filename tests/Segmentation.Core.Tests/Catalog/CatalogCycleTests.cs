using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Dsl;

namespace Segmentation.Tests.Catalog;

/// <summary>
/// Catalog building over models with cycles: regression for a process killed by a stack overflow when
/// a type had a collection whose elements point back to it (the EF Core shape), whatever MaxNesting.
/// The scan never enters a type already on its way from the root.
/// </summary>
public sealed class CatalogCycleTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromType_EfCoreShape_StopsWhereTheCycleCloses()
    {
        var catalog = FieldCatalog.FromType<EfCustomer>();

        var orders = catalog.FindField("orders")!.ElementCatalog!;
        Assert.Equal(["id", "name", "orders"], catalog.Fields.Select(f => f.Name));
        Assert.Equal(["amount", "placedAt", "lines"], orders.Fields.Select(f => f.Name));
        Assert.Equal(["quantity", "product.sku"], orders.FindField("lines")!.ElementCatalog!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void FromType_FromTheOtherEnd_KeepsTheReferenceButNotItsWayBack()
    {
        var catalog = FieldCatalog.FromType<EfOrder>();

        Assert.NotNull(catalog.FindField("customer.name"));
        Assert.Null(catalog.FindField("customer.orders"));
        Assert.Equal(["quantity", "product.sku"], catalog.FindField("lines")!.ElementCatalog!.Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public void FromType_AnyMaxNesting_Terminates(int maxNesting)
    {
        var catalog = FieldCatalog.FromType<EfCustomer>(o => o.MaxNesting = maxNesting);

        Assert.Equal(FieldKind.Collection, catalog.FindField("orders")!.Kind);
    }

    [Fact]
    public void DslDefaultCatalog_EfCoreShape_BuildsAndEvaluates()
    {
        var definition = Segment.For<EfCustomer>("big")
            .Where(c => c.Orders).Sum(o => o.Amount).GreaterThan(100m)
            .Build();
        var segment = SegmentCompiler.Shared.Compile<EfCustomer>(definition, FieldCatalog.FromType<EfCustomer>());

        var customer = new EfCustomer { Name = "a" };
        customer.Orders.Add(new EfOrder { Amount = 150m, Customer = customer });
        Assert.True(segment.IsMatch(customer, AsOf));
        Assert.False(segment.IsMatch(new EfCustomer { Name = "b" }, AsOf));
    }

    [Fact]
    public void Builder_AddCollection_ElementScanStopsAtTheOwner()
    {
        var catalog = FieldCatalog.For<EfCustomer>().AddCollection(c => c.Orders).Build();

        var orders = catalog.FindField("orders")!.ElementCatalog!;
        Assert.Null(orders.FindField("customer.name"));
        Assert.NotNull(orders.FindField("lines"));
    }

    [Fact]
    public void Builder_AddPublicProperties_DeeperCycleThroughTwoCollections_Terminates()
    {
        // Region -> Stores[] -> Manager (Employee) -> Regions[] -> Region: a cycle of three hops.
        var catalog = FieldCatalog.For<Region>().AddPublicProperties().Build();

        var stores = catalog.FindField("stores")!.ElementCatalog!;
        Assert.NotNull(stores.FindField("manager.name"));
        Assert.Null(stores.FindField("manager.regions"));
    }

    [Fact]
    public void FromType_SelfReference_IsNotFlattened()
    {
        var catalog = FieldCatalog.FromType<Employee>();

        Assert.NotNull(catalog.FindField("name"));
        Assert.Null(catalog.FindField("boss.name"));
        Assert.Null(catalog.FindField("reports"));
    }

    [Fact]
    public void FromType_GenericTypeNestingWithoutRepeating_StopsAtTheTypePathCap()
    {
        var catalog = FieldCatalog.FromType<Box<int>>();

        var depth = 0;
        for (var field = catalog.FindField("inner"); field is not null; field = field.ElementCatalog!.FindField("inner"))
        {
            depth++;
        }

        Assert.InRange(depth, 1, 16);
    }

    public sealed class EfCustomer
    {
        public int Id { get; set; }

        public string? Name { get; set; }

        public List<EfOrder> Orders { get; } = [];
    }

    public sealed class EfOrder
    {
        public decimal Amount { get; set; }

        public DateTimeOffset PlacedAt { get; set; }

        public EfCustomer? Customer { get; set; }

        public List<EfLine> Lines { get; } = [];
    }

    public sealed class EfLine
    {
        public int Quantity { get; set; }

        public EfOrder? Order { get; set; }

        public EfProduct? Product { get; set; }
    }

    public sealed class EfProduct
    {
        public string? Sku { get; set; }

        public List<EfLine> Lines { get; } = [];
    }

    public sealed class Region
    {
        public string? Code { get; set; }

        public List<Store> Stores { get; } = [];
    }

    public sealed class Store
    {
        public string? City { get; set; }

        public Employee? Manager { get; set; }
    }

    public sealed class Employee
    {
        public string? Name { get; set; }

        public Employee? Boss { get; set; }

        public List<Employee> Reports { get; } = [];

        public List<Region> Regions { get; } = [];
    }

    public sealed class Box<T>
    {
        public T? Value { get; set; }

        public List<Box<List<T>>> Inner { get; } = [];
    }
}
