using Microsoft.EntityFrameworkCore;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>A private database on the test PostgreSQL server holding a copy of some customers; dropped on dispose.</summary>
public sealed class PostgresDatabase : ITestDatabase
{
    private readonly string _name = PostgresServer.CreateDatabase();

    public PostgresDatabase(IEnumerable<Customer> customers)
    {
        ConnectionString = PostgresServer.ForDatabase(_name);
        Options = new DbContextOptionsBuilder<CustomerDbContext>().UseNpgsql(ConnectionString).Options;
        using var context = new CustomerDbContext(Options);
        context.Database.EnsureCreated();
        Load(customers);
    }

    public string Provider => "PostgreSQL";

    public string ConnectionString { get; }

    public DbContextOptions<CustomerDbContext> Options { get; }

    public CustomerDbContext NewContext() => new(Options);

    public IReadOnlyList<Customer> AsStored(IReadOnlyList<Customer> originals)
    {
        using var context = NewContext();
        var stored = context.Customers.AsNoTracking().Include(c => c.Orders).Include(c => c.Consents).OrderBy(c => c.Id).ToList();
        Assert.Equal(originals.Count, stored.Count);
        return stored;
    }

    /// <summary>Replaces the stored customers (faster than a new database per property case).</summary>
    public void Reload(IEnumerable<Customer> customers)
    {
        using (var context = NewContext())
        {
            context.Database.ExecuteSqlRaw("TRUNCATE \"Customers\", \"Order\", \"Consent\" CASCADE");
        }

        Load(customers);
    }

    public void Dispose() => PostgresServer.DropDatabase(_name);

    private void Load(IEnumerable<Customer> customers)
    {
        using var context = NewContext();

        // timestamptz holds the instant; it reads back in UTC, as Npgsql writes it.
        context.Customers.AddRange(customers.Select((c, i) => CustomerCopy.Copy(c, i, instant => instant.ToUniversalTime())));
        context.SaveChanges();
    }
}
