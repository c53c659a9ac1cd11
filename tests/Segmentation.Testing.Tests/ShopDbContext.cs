using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Segmentation.Testing.Tests;

/// <summary>The shop model on in-memory SQLite (decimals as doubles, instants as UTC ticks), as an application would map it.</summary>
public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<ShopCustomer> Customers => Set<ShopCustomer>();

    /// <summary>Opens a private in-memory database holding the customers; dispose the connection to drop it.</summary>
    public static (SqliteConnection Connection, ShopDbContext Context) Create(IEnumerable<ShopCustomer> customers)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var context = new ShopDbContext(new DbContextOptionsBuilder<ShopDbContext>().UseSqlite(connection).Options);
        context.Database.EnsureCreated();
        context.Customers.AddRange(customers);
        context.SaveChanges();
        context.ChangeTracker.Clear();
        return (connection, context);
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
