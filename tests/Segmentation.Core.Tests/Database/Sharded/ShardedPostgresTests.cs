using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Rfm;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database.Sharded;

/// <summary>
/// The path past one machine: customers, orders and order lines hash-partitioned on the customer id
/// over two shard servers (postgres_fdw, <see cref="ShardedPostgres"/>). The library's segment and
/// RFM queries run there unchanged and give the same results as on one server; PostgreSQL ships the
/// RFM grouping to each shard whole, and every subquery of a segment to the shard of its customer.
/// </summary>
public sealed partial class ShardedPostgresTests : IClassFixture<ShardedPostgresTests.Data>
{
    private static readonly RfmOrderColumns<OrderLine> Columns = new(l => l.CustomerId!, l => l.OrderedAt, l => l.Amount, l => l.OrderId);

    /// <summary>Five conditions: a list, a number, a windowed count over orders, a string set and a flag.</summary>
    private static readonly CompiledSegment<Customer> ActiveBuyers = SegmentCompiler.Shared.Compile<Customer>(
        Segment.For<Customer>("active buyers", Catalogs.Customer)
            .Where(c => c.Country).In("US", "DE", "GB")
            .And(c => c.TotalSpend).AtLeast(200m)
            .And(c => c.Orders).Count(o => o.PlacedAt, TimeWindow.Last(365, TimeUnit.Days)).AtLeast(1)
            .And(c => c.Tags).ContainsAny("vip", "newsletter", "sports")
            .AndNot(c => c.OptedOut).IsTrue()
            .Build(),
        Catalogs.Customer);

    private readonly Data _data;

    public ShardedPostgresTests(Data data) => _data = data;

    [Fact]
    public void Segment_CountAndMembers_SameAsOneServer()
    {
        var sharded = _data.Sharded;

        // Both shards hold part of the customers and of their orders.
        foreach (var table in new[] { "Customers", "Order" })
        {
            var held = new[] { sharded.RowsOnShard(0, table), sharded.RowsOnShard(1, table) };
            Assert.All(held, rows => Assert.True(rows > 0, $"a shard holds no {table}"));
            Assert.Equal(table == "Customers" ? _data.Customers.Length : _data.Customers.Sum(c => c.Orders.Count), held.Sum());
        }

        var expected = Members(sharded.OneServer, ActiveBuyers);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Members(sharded.Sharded, ActiveBuyers));

        using var context = sharded.Customers(sharded.Sharded);
        Assert.Equal(expected.Length, context.Customers.WhereSegment(ActiveBuyers, Domains.AsOf).Count());

        // Members with their orders, as a CRM lists them.
        var listed = context.Customers.AsNoTracking().WhereSegment(ActiveBuyers, Domains.AsOf).Include(c => c.Orders).OrderBy(c => c.Id).ToList();
        using var one = sharded.Customers(sharded.OneServer);
        var listedOnOne = one.Customers.AsNoTracking().WhereSegment(ActiveBuyers, Domains.AsOf).Include(c => c.Orders).OrderBy(c => c.Id).ToList();
        Assert.Equal(Describe(listedOnOne), Describe(listed));
    }

    /// <summary>
    /// Any definition: the same members as on one server, and every read of a customer's orders or
    /// consents that PostgreSQL sends to a shard is correlated on the customer id (the only key the
    /// library's queries correlate on).
    /// </summary>
    [Fact]
    public void GeneratedDefinitions_SameMembersAsOneServer_ChildRowsReadByCustomerId()
    {
        var sharded = _data.Sharded;
        var childReads = 0;
        Prop.ForAll(Arbitraries.Definition(), definition =>
        {
            var segment = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer);
            var one = Members(sharded.OneServer, segment);
            var shards = Members(sharded.Sharded, segment);
            Assert.True(one.SequenceEqual(shards), DatabaseParityPropertyTests.Describe(definition, one, shards));

            var capture = new CommandCapture();
            using var context = sharded.Customers(sharded.Sharded, capture);
            _ = context.Customers.WhereSegment(segment, Domains.AsOf).Count();
            var plan = sharded.Explain(capture.Last);
            foreach (var remote in RemoteSql(plan).Where(sql => sql.Contains("FROM public.\"Order\"", StringComparison.Ordinal) || sql.Contains("FROM public.\"Consent\"", StringComparison.Ordinal)))
            {
                Assert.Matches(ByCustomerId(), remote);
                childReads++;
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

        Assert.True(childReads > 0, "no generated definition read orders or consents");
    }

    [Fact]
    public void Segment_Plan_RowConditionsOnEachShard_OrdersByCustomerId()
    {
        var sharded = _data.Sharded;
        var capture = new CommandCapture();
        using var context = sharded.Customers(sharded.Sharded, capture);
        _ = context.Customers.WhereSegment(ActiveBuyers, Domains.AsOf).Count();
        var plan = sharded.Explain(capture.Last);
        var remote = RemoteSql(plan);

        // The four conditions on the customer row are evaluated by each shard, on its own customers.
        var customers = remote.Where(sql => sql.Contains("FROM public.\"Customers\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, customers.Count);
        Assert.All(customers, sql =>
        {
            Assert.Contains("\"Country\" = ANY (", sql, StringComparison.Ordinal);
            Assert.Contains("\"TotalSpend\" >= ", sql, StringComparison.Ordinal);
            Assert.Contains("\"Tags\" && ", sql, StringComparison.Ordinal);
            Assert.Contains("NOT \"OptedOut\"", sql, StringComparison.Ordinal);
        });
        Assert.Contains("Foreign Scan on sharded.\"Customers_0\"", plan, StringComparison.Ordinal);
        Assert.Contains("Foreign Scan on sharded.\"Customers_1\"", plan, StringComparison.Ordinal);

        // The windowed count of orders reads the customer's orders only, with the window, on each shard.
        var orders = remote.Where(sql => sql.Contains("FROM public.\"Order\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, orders.Count);
        Assert.All(orders, sql =>
        {
            Assert.Matches(ByCustomerId(), sql);
            Assert.Contains("\"PlacedAt\" >= ", sql, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(RfmMethod.Quantile)]
    [InlineData(RfmMethod.Ntile)]
    public void Rfm_SameRunAsOneServer(RfmMethod method)
    {
        var sharded = _data.Sharded;
        var options = new RfmRunOptions { AsOf = new DateOnly(2025, 6, 1), Scoring = new RfmScoringOptions { Method = method } };
        using var one = sharded.Orders(sharded.OneServer);
        using var shards = sharded.Orders(sharded.Sharded);

        var expected = RfmPipeline.Run(one.OrderLines.AggregateRfm(Columns, options.AsOf, TestContext.Current.CancellationToken), options, CancellationToken.None);
        var actual = RfmPipeline.Run(shards.OrderLines.AggregateRfm(Columns, options.AsOf, TestContext.Current.CancellationToken), options, CancellationToken.None);

        Assert.Equal(_data.Lines.Length, actual.Transactions);
        Assert.Equal(expected.Aggregates.CustomerIds, actual.Aggregates.CustomerIds);
        Assert.Equal(expected.Aggregates.RecencyDays.ToArray(), actual.Aggregates.RecencyDays.ToArray());
        Assert.Equal(expected.Aggregates.Frequency.ToArray(), actual.Aggregates.Frequency.ToArray());
        Assert.Equal(expected.Aggregates.Monetary.ToArray(), actual.Aggregates.Monetary.ToArray());
        Assert.Equal(expected.Scores.RfmCodes.ToArray(), actual.Scores.RfmCodes.ToArray());
        Assert.Equal(expected.Segments.ToArray(), actual.Segments.ToArray());
    }

    [Fact]
    public async Task Rfm_Plan_GroupBySentToEachShard()
    {
        var sharded = _data.Sharded;
        await using var context = sharded.Orders(sharded.Sharded);
        _ = await context.OrderLines.AggregateRfmAsync(Columns, cancellationToken: TestContext.Current.CancellationToken);
        var plan = sharded.Explain(AggregateRfmCommand(context.OrderLines));

        // One aggregate per shard, computed there: the shards send one row per customer.
        var remote = RemoteSql(plan);
        Assert.Equal(2, remote.Count);
        Assert.All(remote, sql =>
        {
            Assert.StartsWith("SELECT \"CustomerId\", max(\"OrderedAt\"), ", sql, StringComparison.Ordinal);
            Assert.EndsWith("FROM public.\"OrderLines\" GROUP BY 1", sql, StringComparison.Ordinal);
        });
        Assert.Contains("Relations: Aggregate on (sharded.\"OrderLines_0\" o)", plan, StringComparison.Ordinal);
        Assert.Contains("Relations: Aggregate on (sharded.\"OrderLines_1\" o_1)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("HashAggregate", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("GroupAggregate", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfm_OfAPeriod_FilterAndGroupBySentToEachShard()
    {
        var sharded = _data.Sharded;
        var from = new DateTime(2024, 7, 1);
        using var one = sharded.Orders(sharded.OneServer);
        using var shards = sharded.Orders(sharded.Sharded);

        var expected = one.OrderLines.Where(l => l.OrderedAt >= from).AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken);
        var actual = shards.OrderLines.Where(l => l.OrderedAt >= from).AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(expected.CustomerIds, actual.CustomerIds);
        Assert.Equal(expected.Monetary.ToArray(), actual.Monetary.ToArray());

        var remote = RemoteSql(sharded.Explain(AggregateRfmCommand(shards.OrderLines.Where(l => l.OrderedAt >= from))));
        Assert.Equal(2, remote.Count);
        Assert.All(remote, sql => Assert.EndsWith("FROM public.\"OrderLines\" WHERE ((\"OrderedAt\" >= '2024-07-01 00:00:00')) GROUP BY 1", sql, StringComparison.Ordinal));
    }

    /// <summary>
    /// The command <c>AggregateRfm</c> runs (text and parameters), made as it makes it: EF Core's
    /// command for the reader's query. It reads that command's rows itself, so EF Core's interceptors
    /// (<see cref="CommandCapture"/>) do not see it.
    /// </summary>
    private static SentCommand AggregateRfmCommand(IQueryable<OrderLine> orders)
    {
        using var command = RelationalCommands.TryCreate(RfmQueryableExtensions.ReaderQuery(orders, Columns).Query)!;
        return new(command.CommandText, [.. command.Parameters.Cast<Npgsql.NpgsqlParameter>().Select(p => p.Clone())]);
    }

    /// <summary>The SQL PostgreSQL sends to the shards, one entry per foreign scan.</summary>
    private static List<string> RemoteSql(string plan) =>
        [.. plan.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("Remote SQL: ", StringComparison.Ordinal)).Select(line => line["Remote SQL: ".Length..])];

    /// <summary>A read of child rows parameterized by the customer being evaluated: <c>$1::integer = "CustomerId"</c>.</summary>
    [GeneratedRegex(@"\(\$\d+::integer = ""CustomerId""\)")]
    private static partial Regex ByCustomerId();

    private static int[] Members(string connectionString, CompiledSegment<Customer> segment)
    {
        using var context = new CustomerDbContext(new DbContextOptionsBuilder<CustomerDbContext>().UseNpgsql(connectionString).Options);
        return [.. context.Customers.WhereSegment(segment, Domains.AsOf).Select(c => c.Id).OrderBy(id => id)];
    }

    private static string[] Describe(IEnumerable<Customer> customers) =>
        [.. customers.Select(c => $"{c.Id} {c.Country} {c.TotalSpend} [{string.Join(",", c.Tags)}] [{string.Join(",", c.Orders.OrderBy(o => o.Id).ThenBy(o => o.PlacedAt).Select(o => $"{o.Id}:{o.Amount}:{o.PlacedAt:O}"))}]")];

    /// <summary>Generated customers and order lines on one server and on the shards, made on first use (skips without shards).</summary>
    public sealed class Data : IDisposable
    {
        private readonly Lazy<ShardedPostgres> _sharded;

        public Data()
        {
            Customers = CustomerGenerators.Customer.Sample(30, new Rnd(20250601UL), 300);
            Lines = OrderLines(new Random(14), customers: 400, lines: 3000);
            _sharded = new(() => new ShardedPostgres(Customers, Lines));
        }

        public Customer[] Customers { get; }

        public OrderLine[] Lines { get; }

        public ShardedPostgres Sharded
        {
            get
            {
                PostgresShards.Require();
                return _sharded.Value;
            }
        }

        public void Dispose()
        {
            if (_sharded.IsValueCreated)
            {
                _sharded.Value.Dispose();
            }
        }

        private static OrderLine[] OrderLines(Random random, int customers, int lines) =>
        [
            .. Enumerable.Range(0, lines).Select(_ =>
            {
                var customer = random.Next(customers);
                return new OrderLine
                {
                    CustomerId = (customer % 3) switch { 0 => $"c{customer}", 1 => $"C{customer}", _ => $"é{customer}" },
                    OrderedAt = new DateTime(2024, 1, 1).AddMinutes(random.Next(500 * 24 * 60)),
                    Amount = random.Next(-1_000, 50_000) / 100m,
                    OrderId = random.Next(4) == 0 ? null : $"o{random.Next(lines / 2)}",
                };
            }),
        ];
    }
}
