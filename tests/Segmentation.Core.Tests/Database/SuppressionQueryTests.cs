using Microsoft.EntityFrameworkCore;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Privacy;
using Segmentation.Rfm;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>
/// <see cref="SuppressionList.Exclude{T}(IQueryable{T}, System.Linq.Expressions.Expression{Func{T, string}})"/>:
/// the listed customers are left out in the database, so no entry point that takes a query
/// (WhereSegment, EnumerateSegment, CountBySegment, AggregateRfm) sees them.
/// </summary>
public sealed class SuppressionQueryTests
{
    private static readonly Customer[] People = [.. Enumerable.Range(0, 30).Select(i => new Customer { Name = $"n{i}", TotalSpend = i * 10m, Country = i % 2 == 0 ? "DE" : "FR" })];

    private static readonly SegmentDefinition Big = new("big", new ComparisonCriterion("totalSpend", GreaterThan, SegmentValue.FromNumber(100)));

    private static readonly SuppressionList Gone = new(["n13", "n20", "n29", "nobody"]);

    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Exclude_ThenWhereSegment_ListedCustomersAreNotMembers(string provider)
    {
        using var database = Open(provider);
        using var context = database.NewContext();

        var query = Gone.Exclude(context.Customers, c => c.Name!).WhereSegment(Big, Catalogs.Customer, Parity.AsOf);

        var expected = People.Where(c => c.TotalSpend > 100m && !Gone.Contains(c.Name!)).Select(c => c.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, query.Select(c => c.Name).AsEnumerable().Order(StringComparer.Ordinal));
        Assert.Equal(16, query.Count());

        // Parameters, not literals: the ids are not in the SQL text itself.
        var sql = string.Join('\n', query.ToQueryString().Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal) && !l.StartsWith("-- ", StringComparison.Ordinal)));
        Assert.Contains("NOT", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("n13", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Exclude_ListOfHundredThousandIds_RunsInTheDatabase(string provider)
    {
        // Erasure lists grow for years: more ids than SQLite (32,766) or PostgreSQL (65,535) take as separate parameters.
        using var database = Open(provider);
        using var context = database.NewContext();
        var list = new SuppressionList(Enumerable.Range(0, 100_000).Select(i => $"n{i * 3}"));

        var names = list.Exclude(context.Customers, c => c.Name!).Select(c => c.Name!).AsEnumerable().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(People.Select(c => c.Name!).Where(n => !list.Contains(n)).Order(StringComparer.Ordinal), names);
        Assert.Equal(20, names.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Exclude_ThenEnumerateAndCountBySegment_EqualTheInMemoryRunWithoutThem(string provider)
    {
        using var database = Open(provider);
        using var context = database.NewContext();
        var set = SegmentSet<Customer>.AllMatches([Big, new SegmentDefinition("german", new InCriterion("country", [SegmentValue.FromString("DE")]))], Catalogs.Customer);
        var compiled = SegmentCompilerFor(Big);

        var counts = Gone.Exclude(context.Customers, c => c.Name!).CountBySegment(set, Parity.AsOf);
        var members = Gone.Exclude(context.Customers, c => c.Name!).EnumerateSegment(compiled, Parity.AsOf, TranslationMode.Strict).Select(c => c.Name!).ToList();

        var expected = set.Count(Gone.Exclude(People, c => c.Name!), Parity.AsOf);
        Assert.Equal(expected.Counts.ToArray(), counts.Counts.ToArray());
        Assert.Equal(expected.Total, counts.Total);
        Assert.Equal(27, counts.Total);
        Assert.DoesNotContain(members, Gone.Contains);
        Assert.Equal(16, members.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Exclude_IntegerIdsAsText_LeavesThemOut(string provider)
    {
        using var database = Open(provider);
        using var context = database.NewContext();

        var ids = new SuppressionList(["1", "30"]).Exclude(context.Customers, c => c.Id.ToString()).Select(c => c.Id).OrderBy(id => id).ToList();

        Assert.Equal(Enumerable.Range(2, 28), ids);
    }

    [Fact]
    public void Exclude_EmptyList_ReturnsTheQueryItself()
    {
        var query = People.AsQueryable();

        Assert.Same(query, new SuppressionList([]).Exclude(query, c => c.Name!));
    }

    [Fact]
    public void AggregateRfm_AfterExclude_ScoresAsTheOrdersWithoutTheListedCustomers()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        // c3 placed the latest order: left in, it would set the default as-of date.
        OrderLine[] lines = [.. Enumerable.Range(0, 200).Select(i => new OrderLine { CustomerId = $"c{i % 25}", CustomerNumber = i % 25, OrderedAt = new DateTime(2024, 1, 1).AddDays(i % 25 == 3 ? 400 : i * 7 % 300), Amount = (i * 37 % 500) + 1, OrderId = $"o{i}" })];
        database.Load(lines);
        using var context = database.NewContext();
        var list = new SuppressionList(["c3", "c11"]);
        var columns = new RfmOrderColumns<OrderLine>(l => l.CustomerId!, l => l.OrderedAt, l => l.Amount, l => l.OrderId);

        var inDatabase = RfmPipeline.Run(list.Exclude(context.OrderLines, l => l.CustomerId!).AggregateRfm(columns, cancellationToken: TestContext.Current.CancellationToken), null, CancellationToken.None);
        var without = RfmPipeline.Run(lines.Where(l => !list.Contains(l.CustomerId!)).Select(l => new RfmTransaction(l.CustomerId!, l.OrderedAt, l.Amount, l.OrderId)));

        Assert.Equal(without.AsOf, inDatabase.AsOf);
        Assert.Equal(without.Transactions, inDatabase.Transactions);
        Assert.Equal(without.Aggregates.CustomerIds, inDatabase.Aggregates.CustomerIds);
        Assert.Equal(without.Segments.ToArray(), inDatabase.Segments.ToArray());
        Assert.Equal(without.Scores.MonetaryScores.ToArray(), inDatabase.Scores.MonetaryScores.ToArray());
    }

    private static CompiledSegment<Customer> SegmentCompilerFor(SegmentDefinition definition) =>
        SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);

    private static ITestDatabase Open(string provider)
    {
        if (provider == "sqlite")
        {
            return new SqliteDatabase(People);
        }

        PostgresServer.Require();
        return new PostgresDatabase(People);
    }
}
