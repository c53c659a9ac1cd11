using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Segmentation.Tests.Database;

/// <summary>A database holding order lines, for RFM in the database on each provider.</summary>
public interface IOrderLines : IDisposable
{
    OrderLineDbContext NewContext();

    /// <summary>Replaces the stored lines.</summary>
    void Load(IEnumerable<OrderLine> lines);
}

/// <summary>A private in-memory SQLite database holding order lines; closed on dispose.</summary>
public sealed class SqliteOrders : IOrderLines
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteOrders()
    {
        _connection.Open();
        Options = new DbContextOptionsBuilder<OrderLineDbContext>().UseSqlite(_connection).Options;
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public DbContextOptions<OrderLineDbContext> Options { get; }

    public OrderLineDbContext NewContext() => new(Options);

    public void Load(IEnumerable<OrderLine> lines)
    {
        using var context = NewContext();
        context.Database.ExecuteSqlRaw("DELETE FROM \"OrderLines\"");
        context.OrderLines.AddRange(lines.Select(l => new OrderLine { CustomerId = l.CustomerId, CustomerNumber = l.CustomerNumber, AccountNumber = l.AccountNumber, OrderedAt = l.OrderedAt, Amount = l.Amount, OrderId = l.OrderId }));
        context.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();
}
