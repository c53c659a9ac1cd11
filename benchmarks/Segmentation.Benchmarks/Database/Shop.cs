using Microsoft.EntityFrameworkCore;

namespace Segmentation.Benchmarks.Database;

/// <summary>A CRM's customer row.</summary>
public sealed class ShopCustomer
{
    public int Id { get; set; }

    public string Country { get; set; } = "";

    public int? Age { get; set; }

    public bool OptedOut { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<ShopOrder> Orders { get; set; } = [];
}

/// <summary>A CRM's order row.</summary>
public sealed class ShopOrder
{
    public long Id { get; set; }

    public int CustomerId { get; set; }

    /// <summary>Gets or sets when the order was placed: <c>timestamptz</c>, read as a UTC <see cref="DateTime"/> (Npgsql's mapping), which RFM's order columns take as is.</summary>
    public DateTime PlacedAt { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>The tables <c>customers</c> and <c>orders</c> as <see cref="ShopDatabase"/> creates them.</summary>
public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<ShopCustomer> Customers => Set<ShopCustomer>();

    public DbSet<ShopOrder> Orders => Set<ShopOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ShopCustomer>(customer =>
        {
            customer.ToTable("customers");
            customer.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
            customer.Property(c => c.Country).HasColumnName("country");
            customer.Property(c => c.Age).HasColumnName("age");
            customer.Property(c => c.OptedOut).HasColumnName("opted_out");
            customer.PrimitiveCollection(c => c.Tags).HasColumnName("tags");
            customer.HasMany(c => c.Orders).WithOne().HasForeignKey(o => o.CustomerId);
        });
        modelBuilder.Entity<ShopOrder>(order =>
        {
            order.ToTable("orders");
            order.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
            order.Property(o => o.CustomerId).HasColumnName("customer_id");
            order.Property(o => o.PlacedAt).HasColumnName("placed_at");
            order.Property(o => o.Amount).HasColumnName("amount").HasColumnType("numeric(12,2)");
        });
    }
}
