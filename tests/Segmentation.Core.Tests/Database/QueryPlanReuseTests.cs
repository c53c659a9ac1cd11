using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// One EF Core query compilation per definition shape: definitions that differ only in their
/// literals, their as-of instant and the length of an <c>in</c> list (1 to 10,000 values) reuse the
/// compiled query from EF Core's cache. Counted from EF Core's own log (<see cref="CoreEventId.QueryCompilationStarting"/>
/// is logged on every cache miss) and, on PostgreSQL, from the SQL sent.
/// </summary>
public sealed class QueryPlanReuseTests
{
    private static readonly int[] ListLengths = [1, 2, 3, 7, 50, 999, 1000, 4096, 10_000];

    [Fact]
    public void Postgres_SameShape_OneCompilationAndOneSqlText()
    {
        using var database = new PostgresDatabase(ParityCustomers.People());
        var (compilations, commands) = RunEveryVariant(builder => builder.UseNpgsql(database.ConnectionString));

        Assert.Equal(1, compilations);

        // The in list is one array parameter (= ANY (@p)): the same statement for every length.
        Assert.Single(commands.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void Sqlite_SameShape_OneCompilation()
    {
        using var database = new SqliteDatabase(ParityCustomers.People());
        var (compilations, _) = RunEveryVariant(builder => builder.UseSqlite(database.Connection));
        Assert.Equal(1, compilations);
    }

    private static (int Compilations, List<string> Commands) RunEveryVariant(Action<DbContextOptionsBuilder<CustomerDbContext>> provider)
    {
        var compilations = 0;
        var commands = new List<string>();
        var builder = new DbContextOptionsBuilder<CustomerDbContext>();
        provider(builder);

        // A query cache of this test's own: EF Core's shared cache has a size limit, and the other
        // tests running alongside can fill it and evict this shape's entry (seen once under CI: 2).
        using var queryCache = new MemoryCache(new MemoryCacheOptions());
        builder.UseMemoryCache(queryCache);
        builder.LogTo(
            (id, _) => id == CoreEventId.QueryCompilationStarting || id == RelationalEventId.CommandExecuting,
            data =>
            {
                if (data is CommandEventData command)
                {
                    commands.Add(command.Command.CommandText);
                }
                else
                {
                    compilations++;
                }
            });
        var options = builder.Options;

        var expected = new List<int[]>();
        for (var i = 0; i < ListLengths.Length; i++)
        {
            // Other literals, another as-of instant and another list length each time; one shape.
            var countries = Enumerable.Range(0, ListLengths[i]).Select(n => SegmentValue.FromString(n % 3 == 0 ? "US" : $"X{n}"));
            var definition = new SegmentDefinition("reuse", new AllCriterion(
                new InCriterion("country", countries),
                new ComparisonCriterion("totalSpend", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(i * 1000)),
                new TextCriterion("name", TextOperator.StartsWith, i % 2 == 0 ? "A" : "G", ignoreCase: true),
                new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(30 + i, TimeUnit.Days))));
            var asOf = Parity.AsOf.AddHours(i);
            using var context = new CustomerDbContext(options);
            var members = context.Customers.WhereSegment(definition, Catalogs.Customer, asOf).Select(c => c.Id).OrderBy(id => id).ToArray();
            var segment = Parity.Compile(definition.Criteria);
            Assert.Equal(Parity.MemoryMembers(ParityCustomers.People(), segment, asOf), members);
            expected.Add(members);
        }

        // Both outcomes occurred, so the reused plan was exercised with different answers.
        Assert.Contains(expected, m => m.Length > 0);
        Assert.Contains(expected, m => m.Length == 0);
        return (compilations, commands);
    }
}
