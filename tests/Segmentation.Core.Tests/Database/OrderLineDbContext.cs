using Microsoft.EntityFrameworkCore;

namespace Segmentation.Tests.Database;

/// <summary>An order-line table as a CRM keeps it, for RFM in the database.</summary>
public sealed class OrderLine
{
    public int Key { get; set; }

    public string? CustomerId { get; set; }

    /// <summary>Gets or sets the customer as an integer, as many CRMs key customers.</summary>
    public int CustomerNumber { get; set; }

    /// <summary>Gets or sets the customer as a 64-bit integer (values past int's range and negatives).</summary>
    public long AccountNumber { get; set; }

    public DateTime OrderedAt { get; set; }

    public decimal Amount { get; set; }

    public string? OrderId { get; set; }
}

public sealed class OrderLineDbContext(DbContextOptions<OrderLineDbContext> options) : DbContext(options)
{
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<OrderLine>(line =>
    {
        line.HasKey(l => l.Key);

        // A local date-time as most order tables store it (Npgsql maps DateTime to timestamptz otherwise).
        line.Property(l => l.OrderedAt).HasColumnType("timestamp without time zone");
    });
}

/// <summary>A private PostgreSQL database holding order lines; dropped on dispose.</summary>
public sealed class PostgresOrders : IOrderLines
{
    private readonly string _name = PostgresServer.CreateDatabase();

    public PostgresOrders()
    {
        Options = new DbContextOptionsBuilder<OrderLineDbContext>().UseNpgsql(PostgresServer.ForDatabase(_name)).Options;
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public DbContextOptions<OrderLineDbContext> Options { get; }

    public OrderLineDbContext NewContext() => new(Options);

    /// <summary>Replaces the stored lines.</summary>
    public void Load(IEnumerable<OrderLine> lines)
    {
        using var context = NewContext();
        context.Database.ExecuteSqlRaw("TRUNCATE \"OrderLines\"");
        context.OrderLines.AddRange(lines.Select(l => new OrderLine { CustomerId = l.CustomerId, CustomerNumber = l.CustomerNumber, AccountNumber = l.AccountNumber, OrderedAt = l.OrderedAt, Amount = l.Amount, OrderId = l.OrderId }));
        context.SaveChanges();
    }

    public void Dispose() => PostgresServer.DropDatabase(_name);
}
