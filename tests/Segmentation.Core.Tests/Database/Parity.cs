using Microsoft.EntityFrameworkCore;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// Runs a segment through EF Core on SQLite and in memory over the same customers. The database
/// renumbers ids 1..n in insertion order, so the in-memory side reports index + 1.
/// </summary>
internal static class Parity
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static CompiledSegment<Customer> Compile(Criterion criterion, FieldCatalog? catalog = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("parity", criterion), catalog ?? Catalogs.Customer, references);

    /// <summary>The SQL of the segment's query (throws when EF Core cannot translate it).</summary>
    public static string Sql(SqliteDatabase database, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        using var context = database.NewContext();
        return context.Customers.WhereSegment(segment, asOf).ToQueryString();
    }

    /// <summary>The member ids from the database, after checking that the query translates; EF Core throws on client evaluation.</summary>
    public static int[] DatabaseMembers(SqliteDatabase database, CompiledSegment<Customer> segment, DateTimeOffset asOf)
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
    public static int[] AssertSameMembers(IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset? asOf = null)
    {
        using var database = new SqliteDatabase(customers);
        return AssertSameMembers(database, customers, segment, asOf ?? AsOf);
    }

    public static int[] AssertSameMembers(SqliteDatabase database, IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf)
    {
        var memory = MemoryMembers(customers, segment, asOf);
        var stored = DatabaseMembers(database, segment, asOf);
        Assert.Equal(memory, stored);
        return memory;
    }

    /// <summary>True when both sides agree; used by properties (the failure prints the definition).</summary>
    public static bool SameMembers(SqliteDatabase database, IReadOnlyList<Customer> customers, CompiledSegment<Customer> segment, DateTimeOffset asOf) =>
        MemoryMembers(customers, segment, asOf).SequenceEqual(DatabaseMembers(database, segment, asOf));
}
