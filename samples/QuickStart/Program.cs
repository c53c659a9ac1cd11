// The README's quick start as a program: your own model, a SQLite file, one segment evaluated in
// memory and inside the database, and the same segment as JSON.
using Microsoft.EntityFrameworkCore;
using Segmentation;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Serialization;

var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
var catalog = FieldCatalog.FromType<Customer>();

var vip = Segment.For<Customer>("VIP", catalog)
    .Where(c => c.Country).In("US", "CA", "GB")
    .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(90, TimeUnit.Days)).AtLeast(3)
    .And(c => c.TotalSpend).GreaterThan(500m)
    .Build();

using var db = new ShopDb(Path.Combine(AppContext.BaseDirectory, "shop.db"));
db.Database.EnsureDeleted();
db.Database.EnsureCreated();
db.Customers.AddRange(Shop.Customers(asOf));
db.SaveChanges();

var isVip = SegmentCompiler.Shared.Compile<Customer>(vip, catalog).ToPredicate(asOf);
var inMemory = db.Customers.Include(c => c.Orders).AsEnumerable().Where(isVip).Select(c => c.Name).ToList();
var inDatabase = db.Customers.WhereSegment(vip, catalog, asOf).Select(c => c.Name).ToList();
var json = SegmentJson.Serialize(vip);

Console.WriteLine($"VIP in memory:       {string.Join(", ", inMemory)}");
Console.WriteLine($"VIP in the database: {string.Join(", ", inDatabase)}");
Console.WriteLine($"As JSON: {json}");
return inMemory.SequenceEqual(inDatabase) && inMemory.Count == 1 ? 0 : 1;

public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Country { get; set; } = "";
    public decimal TotalSpend { get; set; }
    public List<Order> Orders { get; set; } = [];
}

public class Order
{
    public int Id { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public decimal Amount { get; set; }
}

public class ShopDb(string path) : DbContext
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={path}");

    // SQLite has no decimal or DateTimeOffset type: store numbers that compare correctly in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<decimal>().HaveConversion<double>();
        conventions.Properties<DateTimeOffset>().HaveConversion<long>();
    }
}

public static class Shop
{
    public static IEnumerable<Customer> Customers(DateTimeOffset asOf)
    {
        Order Ago(int days, decimal amount) => new() { PlacedAt = asOf.AddDays(-days), Amount = amount };
        yield return new() { Name = "Alice", Country = "US", TotalSpend = 820m, Orders = [Ago(5, 300m), Ago(40, 200m), Ago(80, 320m)] };
        yield return new() { Name = "Bruno", Country = "FR", TotalSpend = 950m, Orders = [Ago(3, 450m), Ago(20, 250m), Ago(60, 250m)] };
        yield return new() { Name = "Chen", Country = "CA", TotalSpend = 610m, Orders = [Ago(10, 610m)] };
        yield return new() { Name = "Dana", Country = "GB", TotalSpend = 420m, Orders = [Ago(2, 140m), Ago(30, 140m), Ago(50, 140m)] };
    }
}
