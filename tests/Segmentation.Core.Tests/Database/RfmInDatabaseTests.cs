using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;
using Segmentation.Rfm;

namespace Segmentation.Tests.Database;

/// <summary>
/// RFM grouped in PostgreSQL (<see cref="RfmQueryableExtensions"/>) gives the same aggregates,
/// scores and segments as the in-memory run over the same rows, with exact quantile cut points and
/// with NTILE; only one row per customer leaves the database.
/// </summary>
public sealed class RfmInDatabaseTests
{
    private static readonly RfmOrderColumns<OrderLine> Columns = new(l => l.CustomerId!, l => l.OrderedAt, l => l.Amount, l => l.OrderId);

    private static readonly RfmOrderColumns<OrderLine> LinesAsOrders = new(l => l.CustomerId!, l => l.OrderedAt, l => l.Amount);

    private static Gen<OrderLine[]> Lines { get; } =
        from customers in Gen.Choose(1, 40)
        from count in Gen.Choose(1, 160)
        from lines in Gen.ArrayOf(
            from customer in Gen.Choose(0, customers - 1)
            from day in Gen.Choose(0, 400)
            from minutes in Gen.Choose(0, 24 * 60 - 1)
            from cents in Gen.Frequency((6, Gen.Choose(-2_000, 90_000)), (1, Gen.Elements(0, 1, -1, 10, 20, 30)))
            from scale in Gen.Elements(2, 2, 2, 0, 4)
            from order in Gen.Frequency((2, Gen.Constant<string?>(null)), (5, Gen.Choose(0, 6).Select(o => (string?)$"o{o}")))
            select new OrderLine
            {
                // Ids whose ordinal order differs from a linguistic one: upper case, digits, accents.
                CustomerId = (customer % 4) switch { 0 => $"c{customer}", 1 => $"C{customer}", 2 => $"é{customer}", _ => $"{customer}" },
                CustomerNumber = customer * 7,
                OrderedAt = new DateTime(2023, 1, 1).AddDays(day).AddMinutes(minutes),
                Amount = new decimal(Math.Abs(cents), 0, 0, cents < 0, (byte)scale),
                OrderId = order,
            },
            count)
        select lines;

    [Theory]
    [InlineData(RfmMethod.Quantile)]
    [InlineData(RfmMethod.Ntile)]
    public void GeneratedOrders_SameRunAsInMemory(RfmMethod method)
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        Prop.ForAll(Arb.From(from lines in Lines from bins in Gen.Choose(2, 6) from asOf in Gen.Elements<DateOnly?>(null, new DateOnly(2024, 2, 10)) select (lines, bins, asOf)), s =>
        {
            var (lines, bins, asOf) = s;
            database.Load(lines);
            var options = new RfmRunOptions { AsOf = asOf, Scoring = new RfmScoringOptions { Bins = bins, Method = method } };
            var memory = RfmPipeline.Run(lines.Select(l => new RfmTransaction(l.CustomerId!, l.OrderedAt, l.Amount, l.OrderId)), options, CancellationToken.None);

            using var context = database.NewContext();
            var inDatabase = RfmPipeline.Run(context.OrderLines.AggregateRfm(Columns, asOf, TestContext.Current.CancellationToken), options, CancellationToken.None);
            AssertSameRun(memory, inDatabase);

            var linesAsOrders = RfmPipeline.Run(lines.Select(l => new RfmTransaction(l.CustomerId!, l.OrderedAt, l.Amount)), options, CancellationToken.None);
            AssertSameRun(linesAsOrders, RfmPipeline.Run(context.OrderLines.AggregateRfm(LinesAsOrders, asOf, TestContext.Current.CancellationToken), options, CancellationToken.None));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task AggregateRfmAsync_StreamsTheSameAggregates()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        var lines = Lines.Sample(1, new Rnd(7UL), 50)[0];
        database.Load(lines);
        await using var context = database.NewContext();

        var sync = context.OrderLines.AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken);
        var streamed = await context.OrderLines.AggregateRfmAsync(Columns, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(sync.CustomerIds, streamed.CustomerIds);
        Assert.Equal(sync.Monetary.ToArray(), streamed.Monetary.ToArray());
        Assert.Equal(lines.Length, streamed.Transactions);
    }

    [Fact]
    public void GroupRfmCustomers_GroupsInSql_OneRowPerCustomer()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        using var context = database.NewContext();

        var sql = context.OrderLines.GroupRfmCustomers(Columns).ToQueryString();

        // The grouping, the distinct orders and the exact sum are SQL; no order row is selected.
        Assert.Equal(
            """
            SELECT o."CustomerId", max(o."OrderedAt") AS "LastOrderedAt", count(DISTINCT o."OrderId") FILTER (WHERE o."OrderId" IS NOT NULL)::int + count(*) FILTER (WHERE o."OrderId" IS NULL)::int AS "Orders", count(*)::int AS "Lines", COALESCE(sum(o."Amount"), 0.0) AS "Monetary"
            FROM "OrderLines" AS o
            GROUP BY o."CustomerId"
            """.ReplaceLineEndings("\n"),
            sql.ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// An integer id mapped with <c>ToString()</c> is grouped on the integer column (which its index can
    /// serve in order) and converted to text once per customer; the run is the in-memory one over the
    /// same ids as strings.
    /// </summary>
    [Fact]
    public void IntegerCustomerId_GroupsOnTheColumn_SameRunAsInMemory()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        var byNumber = new RfmOrderColumns<OrderLine>(l => l.CustomerNumber.ToString(), l => l.OrderedAt, l => l.Amount, l => l.OrderId);
        using var context = database.NewContext();

        Assert.Equal(
            """
            SELECT o."CustomerNumber"::text AS "CustomerId", max(o."OrderedAt") AS "LastOrderedAt", count(DISTINCT o."OrderId") FILTER (WHERE o."OrderId" IS NOT NULL)::int + count(*) FILTER (WHERE o."OrderId" IS NULL)::int AS "Orders", count(*)::int AS "Lines", COALESCE(sum(o."Amount"), 0.0) AS "Monetary"
            FROM "OrderLines" AS o
            GROUP BY o."CustomerNumber"
            """.ReplaceLineEndings("\n"),
            context.OrderLines.GroupRfmCustomers(byNumber).ToQueryString().ReplaceLineEndings("\n"));

        // AggregateRfm's own reading projects the integer itself: no text per customer.
        var (readerQuery, numeric) = RfmQueryableExtensions.ReaderQuery(context.OrderLines, byNumber);
        Assert.True(numeric);
        Assert.Equal(
            """
            SELECT o."CustomerNumber" AS "CustomerId", max(o."OrderedAt") AS "LastOrderedAt", count(DISTINCT o."OrderId") FILTER (WHERE o."OrderId" IS NOT NULL)::int + count(*) FILTER (WHERE o."OrderId" IS NULL)::int AS "Orders", count(*)::int AS "Lines", COALESCE(sum(o."Amount"), 0.0) AS "Monetary"
            FROM "OrderLines" AS o
            GROUP BY o."CustomerNumber"
            """.ReplaceLineEndings("\n"),
            readerQuery.ToQueryString().ReplaceLineEndings("\n"));

        var lines = Lines.Sample(1, new Rnd(11UL), 80)[0];
        database.Load(lines);
        var options = new RfmRunOptions { Scoring = new RfmScoringOptions { Method = RfmMethod.Quantile } };
        var memory = RfmPipeline.Run(lines.Select(l => new RfmTransaction(l.CustomerNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), l.OrderedAt, l.Amount, l.OrderId)), options, CancellationToken.None);
        AssertSameRun(memory, RfmPipeline.Run(context.OrderLines.AggregateRfm(byNumber, cancellationToken: TestContext.Current.CancellationToken), options, CancellationToken.None));
    }

    [Fact]
    public void AggregateRfm_OrderAfterAsOf_NamesTheCustomer()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        database.Load([new OrderLine { CustomerId = "ann", OrderedAt = new DateTime(2024, 3, 2), Amount = 5m }]);
        using var context = database.NewContext();

        var error = Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(Columns, new DateOnly(2024, 3, 1), TestContext.Current.CancellationToken));
        Assert.Contains("Customer 'ann' has a transaction on 2024-03-02, after the as-of date 2024-03-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AggregateRfm_NoCustomerOrNoRows_IsTheLibrarysError()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        using var context = database.NewContext();

        Assert.Contains("nothing to score", Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken)).Message, StringComparison.Ordinal);
        database.Load([new OrderLine { CustomerId = null, OrderedAt = new DateTime(2024, 3, 2), Amount = 5m }]);
        Assert.Equal("orders.customerId", Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken)).Location);
    }

    [Fact]
    public void AggregateRfm_SumBeyondDecimal_IsTheLibrarysError()
    {
        PostgresServer.Require();
        using var database = new PostgresOrders();
        database.Load([
            new OrderLine { CustomerId = "big", OrderedAt = new DateTime(2024, 3, 2), Amount = decimal.MaxValue },
            new OrderLine { CustomerId = "big", OrderedAt = new DateTime(2024, 3, 2), Amount = decimal.MaxValue },
        ]);
        using var context = database.NewContext();

        var error = Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(Columns, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("orders.amount", error.Location);
    }

    private static void AssertSameRun(RfmRun expected, RfmRun actual)
    {
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Transactions, actual.Transactions);
        Assert.Equal(expected.Aggregates.CustomerIds, actual.Aggregates.CustomerIds);
        Assert.Equal(expected.Aggregates.RecencyDays.ToArray(), actual.Aggregates.RecencyDays.ToArray());
        Assert.Equal(expected.Aggregates.Frequency.ToArray(), actual.Aggregates.Frequency.ToArray());
        Assert.Equal(expected.Aggregates.Monetary.ToArray(), actual.Aggregates.Monetary.ToArray());
        Assert.Equal(expected.Scores.RfmCodes.ToArray(), actual.Scores.RfmCodes.ToArray());
        Assert.Equal(expected.Segments.ToArray(), actual.Segments.ToArray());
    }
}
