using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>A private in-memory SQLite database holding a copy of some customers; disposed with the test.</summary>
public sealed class SqliteDatabase : ITestDatabase
{
    private readonly SqliteConnection _connection;

    public SqliteDatabase(IEnumerable<Customer> customers)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Options = new DbContextOptionsBuilder<CustomerDbContext>().UseSqlite(_connection).Options;
        using var context = new CustomerDbContext(Options);
        context.Database.EnsureCreated();
        context.Customers.AddRange(customers.Select((c, i) => CustomerCopy.Copy(c, i, instant => instant)));
        context.SaveChanges();
    }

    public string Provider => "SQLite";

    public DbContextOptions<CustomerDbContext> Options { get; }

    /// <summary>Gets the open connection that holds the in-memory database.</summary>
    public SqliteConnection Connection => _connection;

    public CustomerDbContext NewContext() => new(Options);

    // The converters keep ticks; decimals stored as doubles are a documented limit the tests pin.
    public IReadOnlyList<Customer> AsStored(IReadOnlyList<Customer> originals) => originals;

    public void Dispose() => _connection.Dispose();
}
