using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.Benchmarks.Database;

/// <summary>
/// A five-condition segment over one million customers and five million orders in PostgreSQL:
/// counted and listed (member ids) through <c>WhereSegment</c>, against the same segment written by
/// hand in SQL (the baseline of each category) and against loading every customer with its orders
/// through EF Core and evaluating the segment in memory.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(DatabaseBenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SegmentInDatabaseBenchmarks
{
    /// <summary>The segment's SQL as one would write it by hand: the same five conditions, the same window.</summary>
    private const string HandWrittenWhere = """
        FROM customers c
        WHERE c.country = ANY (@countries) AND c.age BETWEEN 25 AND 60 AND c.tags && @tags AND NOT c.opted_out
          AND (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.placed_at >= @since AND o.placed_at <= @asOf) >= 2
        """;

    private static readonly FieldCatalog Catalog = FieldCatalog.FromType<ShopCustomer>();

    /// <summary>Country in a list, an age range, a tag, not opted out, at least two orders in the last 180 days.</summary>
    private static readonly CompiledSegment<ShopCustomer> Engaged = SegmentCompiler.Shared.Compile<ShopCustomer>(
        Segment.For<ShopCustomer>("engaged", Catalog)
            .Where(c => c.Country).In("US", "CA", "GB")
            .And(c => c.Age).Between(25, 60)
            .And(c => c.Tags).ContainsAny("vip", "newsletter")
            .AndNot(c => c.OptedOut).IsTrue()
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(180, TimeUnit.Days)).AtLeast(2)
            .Build(),
        Catalog);

    [GlobalSetup]
    public void Setup()
    {
        ShopDatabase.EnsureFilled();
        using var context = ShopDatabase.NewContext();
        Console.WriteLine("// WhereSegment's SQL:\n" + context.Customers.WhereSegment(Engaged, ShopDatabase.AsOf).Select(c => c.Id).ToQueryString());
        var (count, members) = (HandWrittenSqlCount(), WhereSegmentMembers());
        if (count != WhereSegmentCount() || count != members.Count || !members.SequenceEqual(HandWrittenSqlMembers()))
        {
            throw new InvalidOperationException("The hand-written SQL and WhereSegment disagree.");
        }

        Console.WriteLine($"// {count:N0} members");
    }

    [GlobalSetup(Target = nameof(LoadWithOrdersThenEvaluateInMemory))]
    public void SetupInMemory()
    {
        Setup();
        if (!LoadWithOrdersThenEvaluateInMemory().SequenceEqual(WhereSegmentMembers()))
        {
            throw new InvalidOperationException("The in-memory evaluation and WhereSegment disagree.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("count")]
    public int HandWrittenSqlCount()
    {
        using var connection = ShopDatabase.Open();
        using var command = HandWritten(connection, "SELECT count(*)::int " + HandWrittenWhere);
        return (int)command.ExecuteScalar()!;
    }

    [Benchmark]
    [BenchmarkCategory("count")]
    public int WhereSegmentCount()
    {
        using var context = ShopDatabase.NewContext();
        return context.Customers.WhereSegment(Engaged, ShopDatabase.AsOf).Count();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("members")]
    public List<int> HandWrittenSqlMembers()
    {
        using var connection = ShopDatabase.Open();
        using var command = HandWritten(connection, "SELECT c.id " + HandWrittenWhere + " ORDER BY c.id");
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    [Benchmark]
    [BenchmarkCategory("members")]
    public List<int> WhereSegmentMembers()
    {
        using var context = ShopDatabase.NewContext();
        return context.Customers.WhereSegment(Engaged, ShopDatabase.AsOf).Select(c => c.Id).OrderBy(id => id).ToList();
    }

    /// <summary>Every customer with its orders through EF Core (split queries, no tracking), then the compiled predicate.</summary>
    [Benchmark]
    [BenchmarkCategory("members")]
    public List<int> LoadWithOrdersThenEvaluateInMemory()
    {
        using var context = ShopDatabase.NewContext();
        var predicate = Engaged.ToPredicate(ShopDatabase.AsOf);
        return [.. context.Customers.AsNoTracking().Include(c => c.Orders).AsSplitQuery().OrderBy(c => c.Id).AsEnumerable().Where(predicate).Select(c => c.Id)];
    }

    private static NpgsqlCommand HandWritten(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("countries", new[] { "US", "CA", "GB" });
        command.Parameters.AddWithValue("tags", new[] { "vip", "newsletter" });
        command.Parameters.AddWithValue("since", ShopDatabase.AsOf.AddDays(-180));
        command.Parameters.AddWithValue("asOf", ShopDatabase.AsOf);
        return command;
    }
}
