using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// The test model mapped to SQLite. SQLite has no native decimal or DateTimeOffset, so both are
/// stored as numbers with converters (EF applies them to query parameters too), as a real
/// application on SQLite would.
/// </summary>
public sealed class CustomerDbContext(DbContextOptions<CustomerDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(customer =>
        {
            customer.HasKey(c => c.Id);
            customer.Property(c => c.Id).ValueGeneratedNever();
            customer.Property(c => c.Tier).HasConversion<string>();
            customer.OwnsOne(c => c.Address);
            customer.PrimitiveCollection(c => c.Tags);
            customer.HasMany(c => c.Orders).WithOne().HasForeignKey("CustomerId");
            customer.HasMany(c => c.Consents).WithOne().HasForeignKey("CustomerId");
        });
        modelBuilder.Entity<Consent>(consent =>
        {
            consent.Property<int>("Key");
            consent.HasKey("Key");
        });
        modelBuilder.Entity<Order>(order =>
        {
            order.Property<int>("Key");
            order.HasKey("Key");
        });
    }

    /// <summary>Stores instants as UTC ticks, so that ordering and comparisons run in SQL.</summary>
    private sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
