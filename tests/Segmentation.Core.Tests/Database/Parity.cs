using Microsoft.EntityFrameworkCore;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// Runs a segment through EF Core on SQLite, on PostgreSQL (when a server is configured, see
/// <see cref="PostgresServer"/>) and in memory over the same customers. The databases renumber ids
/// 1..n in insertion order, so the in-memory side reports index + 1.
/// </summary>
internal static class Parity
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static CompiledSegment<Customer> Compile(Criterion criterion, FieldCatalog? catalog = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("parity", criterion), catalog ?? Catalogs.Customer, references);

    /// <summary>The SQL of the segment's query (throws when EF Core cannot translate it).</summary>
    public static string Sql(ITestDatabase database, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        using var context = database.NewContext();
        return context.Customers.WhereSegment(segment, asOf).ToQueryString();
    }

    /// <summary>The member ids from the database, after checking that the query translates; EF Core throws on client evaluation.</summary>
    public static int[] DatabaseMembers(ITestDatabase database, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        using var context = database.NewContext();
        var query = context.Customers.WhereSegment(segment, asOf);
        Assert.Contains("SELECT", query.ToQueryString(), StringComparison.Ordinal);
        return [.. query.Select(c => c.Id).OrderBy(id => id)];
    }

    public static int[] MemoryMembers(IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        var predicate = segment.ToPredicate(asOf);
        return [.. Enumerable.Range(0, customers.Count).Where(i => predicate(customers[i])).Select(i => i + 1)];
    }

    /// <summary>Asserts database members = in-memory members and returns them, so callers can also check the expected ids.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="segment">The segment.</param>
    /// <param name="asOf">The as-of instant; <see cref="AsOf"/> by default.</param>
    /// <param name="sqlite">Whether SQLite is compared too (false for values past its documented limits; PostgreSQL is then required).</param>
    public static int[] AssertSameMembers(IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset? asOf = null, bool sqlite = true)
    {
        var memory = MemoryMembers(customers, segment, asOf ?? AsOf);
        if (sqlite)
        {
            AssertSameMembersIn(() => new SqliteDatabase(customers), customers, segment, asOf ?? AsOf);
        }

        if (PostgresServer.Available || !sqlite)
        {
            AssertSameMembers(PostgresDatabases.For(customers), customers, segment, asOf ?? AsOf);
        }

        return memory;
    }

    public static int[] AssertSameMembers(ITestDatabase database, IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        var memory = MemoryMembers(database.AsStored(customers), segment, asOf);
        var stored = DatabaseMembers(database, segment, asOf);
        Assert.True(memory.SequenceEqual(stored), $"{database.Provider}: members [{string.Join(",", stored)}], in memory [{string.Join(",", memory)}].\n{Sql(database, segment, asOf)}");
        return memory;
    }

    private static int[] AssertSameMembersIn(Func<ITestDatabase> open, IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        using var database = open();
        return AssertSameMembers(database, customers, segment, asOf);
    }

    /// <summary>True when both sides agree; used by properties (the failure prints the definition).</summary>
    public static bool SameMembers(ITestDatabase database, IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf) =>
        MemoryMembers(database.AsStored(customers), segment, asOf).SequenceEqual(DatabaseMembers(database, segment, asOf));
}
