using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>A private in-memory SQLite database holding a copy of some customers; disposed with the test.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteDatabase(IEnumerable<Customer> customers)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Options = new DbContextOptionsBuilder<CustomerDbContext>().UseSqlite(_connection).Options;
        using var context = new CustomerDbContext(Options);
        context.Database.EnsureCreated();
        context.Customers.AddRange(customers.Select(Copy));
        context.SaveChanges();
    }

    public DbContextOptions<CustomerDbContext> Options { get; }

    public CustomerDbContext NewContext() => new(Options);

    public void Dispose() => _connection.Dispose();

    // Ids must be unique in the database; the in-memory side keeps its own objects.
    private static Customer Copy(Customer customer, int index) => new()
    {
        Id = index + 1,
        Name = customer.Name,
        Country = customer.Country,
        Age = customer.Age,
        TotalSpend = customer.TotalSpend,
        Score = customer.Score,
        OptedOut = customer.OptedOut,
        Tier = customer.Tier,
        LastOrderAt = customer.LastOrderAt,
        BirthDate = customer.BirthDate,
        Latitude = customer.Latitude,
        Longitude = customer.Longitude,
        Address = customer.Address is null ? null : new Address { City = customer.Address.City, PostalCode = customer.Address.PostalCode },
        Tags = [.. customer.Tags],
        Orders = [.. customer.Orders.Select(o => new Order { Id = o.Id, Amount = o.Amount, PlacedAt = o.PlacedAt, Channel = o.Channel, Returned = o.Returned })],
        Consents = [.. customer.Consents.Select(c => new Consent { Channel = c.Channel, GivenAt = c.GivenAt, WithdrawnAt = c.WithdrawnAt })],
    };
}
