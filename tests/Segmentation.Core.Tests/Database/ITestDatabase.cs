using Microsoft.EntityFrameworkCore;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>A private database holding a copy of some customers (ids 1..n in insertion order); disposed with the test.</summary>
public interface ITestDatabase : IDisposable
{
    /// <summary>Gets the provider's name for messages: <c>SQLite</c> or <c>PostgreSQL</c>.</summary>
    string Provider { get; }

    /// <summary>Gets the context options (to derive options with interceptors).</summary>
    DbContextOptions<CustomerDbContext> Options { get; }

    /// <summary>A new context over the database; the caller disposes it.</summary>
    CustomerDbContext NewContext();

    /// <summary>
    /// The customers as the database holds them, for the in-memory side of a comparison: the
    /// originals, or (PostgreSQL) read back, since <c>timestamptz</c> keeps microseconds, not ticks.
    /// </summary>
    IReadOnlyList<Customer> AsStored(IReadOnlyList<Customer> originals);
}
