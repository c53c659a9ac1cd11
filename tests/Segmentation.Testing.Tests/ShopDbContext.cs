using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Segmentation.Testing.Tests;

/// <summary>The shop model on in-memory SQLite (decimals as doubles, instants as UTC ticks), as an application would map it.</summary>
public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<ShopCustomer> Customers => Set<ShopCustomer>();

    /// <summary>Opens a private in-memory database holding the customers; it lives as long as the returned connection.</summary>
    public static (SqliteConnection Connection, DbContextOptions<ShopDbContext> Options) Create(IEnumerable<ShopCustomer> customers)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(connection).Options;
        using var context = new ShopDbContext(options);
        context.Database.EnsureCreated();
        context.Customers.AddRange(customers);
        context.SaveChanges();
        return (connection, options);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicks>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ShopCustomer>().Property(c => c.Id).ValueGeneratedNever();
        modelBuilder.Entity<ShopOrder>().Property(o => o.Id).ValueGeneratedNever();
    }

    private sealed class UtcTicks() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
}
