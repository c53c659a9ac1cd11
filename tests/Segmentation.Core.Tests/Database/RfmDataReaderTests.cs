using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Segmentation.Rfm;

namespace Segmentation.Tests.Database;

/// <summary>
/// <c>AggregateRfm</c> reads the grouped rows from the provider's data reader (integer ids kept as
/// numbers) and returns what the in-memory aggregation returns for the same rows, on PostgreSQL and
/// on SQLite, for string, 32-bit and 64-bit customer keys, synchronously and asynchronously.
/// </summary>
public sealed class RfmDataReaderTests
{
    private static readonly RfmOrderColumns<OrderLine> ByText = new(l => l.CustomerId!, l => l.OrderedAt, l => l.Amount, l => l.OrderId);

    private static readonly RfmOrderColumns<OrderLine> ByInt32 = new(l => l.CustomerNumber.ToString(), l => l.OrderedAt, l => l.Amount, l => l.OrderId);

    // Without order ids the provider projects the line count once for both Orders and Lines.
    private static readonly RfmOrderColumns<OrderLine> ByInt64LinesAsOrders = new(l => l.AccountNumber.ToString(), l => l.OrderedAt, l => l.Amount);

    private static Gen<OrderLine[]> Lines { get; } =
        from customers in Gen.Choose(1, 30)
        from count in Gen.Choose(1, 120)
        from lines in Gen.ArrayOf(
            from customer in Gen.Choose(0, customers - 1)
            from day in Gen.Choose(0, 400)
            from cents in Gen.Choose(-2_000, 90_000)
            from order in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Choose(0, 5).Select(o => (string?)$"o{o}")))
            from wide in Gen.Frequency((12, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new OrderLine
            {
                CustomerId = (customer % 3) switch { 0 => $"c{customer}", 1 => $"C{customer}", _ => $"é{customer}" },
                // Ordinal text order differs from numeric order: 5 < 10 but "10" < "5"; negatives sort first.
                CustomerNumber = (customer * 37 % 101) - 20,
                AccountNumber = customer % 2 == 0 ? 9_000_000_000L + (customer * 1_000_003L) : long.MinValue + customer,
                OrderedAt = new DateTime(2023, 1, 1).AddDays(day).AddHours(customer % 24),
                // Now and then an amount whose unscaled value passes 2^58: the sums that do not pack into 8 bytes.
                Amount = cents / 100m + (wide ? 1_000_000_000_000_000_000_000m : 0m),
                OrderId = order,
            },
            count)
        select lines;

    public static TheoryData<string> Providers => ["postgres", "sqlite"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void GeneratedOrders_EachKeyKind_SameAggregatesAsInMemory(string provider)
    {
        using var database = Open(provider);
        Prop.ForAll(Arb.From(Lines), lines =>
        {
            database.Load(lines);
            using var context = database.NewContext();
            AssertSameAsInMemory(lines, ByText, l => l.CustomerId!, withOrderIds: true, context.OrderLines.AggregateRfm(ByText, cancellationToken: TestContext.Current.CancellationToken), numericIds: false);
            AssertSameAsInMemory(lines, ByInt32, l => Text(l.CustomerNumber), withOrderIds: true, context.OrderLines.AggregateRfm(ByInt32, cancellationToken: TestContext.Current.CancellationToken), numericIds: true);
            AssertSameAsInMemory(lines, ByInt64LinesAsOrders, l => Text(l.AccountNumber), withOrderIds: false, context.OrderLines.AggregateRfm(ByInt64LinesAsOrders, cancellationToken: TestContext.Current.CancellationToken), numericIds: true);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AggregateRfmAsync_EachKeyKind_SameAggregatesAsInMemory(string provider)
    {
        using var database = Open(provider);
        var lines = Lines.Sample(1, new Rnd(3UL), 100)[0];
        database.Load(lines);
        await using var context = database.NewContext();
        var token = TestContext.Current.CancellationToken;

        AssertSameAsInMemory(lines, ByText, l => l.CustomerId!, withOrderIds: true, await context.OrderLines.AggregateRfmAsync(ByText, cancellationToken: token), numericIds: false);
        AssertSameAsInMemory(lines, ByInt32, l => Text(l.CustomerNumber), withOrderIds: true, await context.OrderLines.AggregateRfmAsync(ByInt32, cancellationToken: token), numericIds: true);
        AssertSameAsInMemory(lines, ByInt64LinesAsOrders, l => Text(l.AccountNumber), withOrderIds: false, await context.OrderLines.AggregateRfmAsync(ByInt64LinesAsOrders, cancellationToken: token), numericIds: true);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AggregateRfm_NoRows_NothingToScore(string provider)
    {
        using var database = Open(provider);
        await using var context = database.NewContext();

        foreach (var columns in new[] { ByText, ByInt32, ByInt64LinesAsOrders })
        {
            Assert.Contains("nothing to score", Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(columns, cancellationToken: TestContext.Current.CancellationToken)).Message, StringComparison.Ordinal);
            Assert.Contains("nothing to score", (await Assert.ThrowsAsync<SegmentationException>(() => context.OrderLines.AggregateRfmAsync(columns, cancellationToken: TestContext.Current.CancellationToken))).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AggregateRfm_Cancelled_Throws(string provider)
    {
        using var database = Open(provider);
        database.Load(Lines.Sample(1, new Rnd(5UL), 50)[0]);
        await using var context = database.NewContext();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => context.OrderLines.AggregateRfm(ByInt32, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => context.OrderLines.AggregateRfm(ByText, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => context.OrderLines.AggregateRfmAsync(ByInt32, cancellationToken: cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void AggregateRfm_InsideTheContextsTransaction_SeesItsRows(string provider)
    {
        using var database = Open(provider);
        using var context = database.NewContext();
        using var transaction = context.Database.BeginTransaction();
        context.OrderLines.Add(new OrderLine { CustomerId = "ann", CustomerNumber = 7, AccountNumber = 7, OrderedAt = new DateTime(2024, 3, 2), Amount = 5.25m, OrderId = "o1" });
        context.SaveChanges();

        var aggregates = context.OrderLines.AggregateRfm(ByInt32, new DateOnly(2024, 3, 10), TestContext.Current.CancellationToken);

        Assert.Equal(["7"], aggregates.CustomerIds!);
        Assert.Equal([8], aggregates.RecencyDays.ToArray());
        Assert.Equal([5.25m], aggregates.Monetary.ToArray());
        transaction.Rollback();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void AggregateRfm_IntegerIdOrderAfterAsOf_NamesTheCustomer(string provider)
    {
        using var database = Open(provider);
        database.Load([new OrderLine { CustomerId = "x", CustomerNumber = 42, AccountNumber = -42, OrderedAt = new DateTime(2024, 3, 2), Amount = 5m }]);
        using var context = database.NewContext();

        var error = Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(ByInt64LinesAsOrders, new DateOnly(2024, 3, 1), TestContext.Current.CancellationToken));

        Assert.Contains("Customer '-42' has a transaction on 2024-03-02", error.Message, StringComparison.Ordinal);
        Assert.Equal("orders[customer '-42'].orderedAt", error.Location);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AggregateRfm_OrderWithoutACustomer_IsTheLibrarysErrorNotTheProvidersNull(string provider)
    {
        // SQLite sorts the NULL group first and gives its id no field type: the reader used to fall
        // back to the provider's materializer, which failed with "The data is NULL at ordinal 0".
        using var database = Open(provider);
        database.Load(
        [
            new OrderLine { CustomerId = "ann", CustomerNumber = 1, AccountNumber = 1, OrderedAt = new DateTime(2024, 3, 2), Amount = 5m, OrderId = "o1" },
            new OrderLine { CustomerId = null, CustomerNumber = 2, AccountNumber = 2, OrderedAt = new DateTime(2024, 3, 3), Amount = 6m, OrderId = "o2" },
        ]);
        await using var context = database.NewContext();

        var error = Assert.Throws<SegmentationException>(() => context.OrderLines.AggregateRfm(ByText, cancellationToken: TestContext.Current.CancellationToken));
        var asyncError = await Assert.ThrowsAsync<SegmentationException>(() => context.OrderLines.AggregateRfmAsync(ByText, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("orders.customerId", error.Location);
        Assert.Equal(error.Message, asyncError.Message);
    }

    /// <summary>Integer ids kept as numbers are matched against a suppression list by their text.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public void IntegerIds_SuppressionList_LeavesTheListedCustomersOut(string provider)
    {
        using var database = Open(provider);
        var lines = Lines.Sample(1, new Rnd(13UL), 80)[0];
        database.Load(lines);
        using var context = database.NewContext();
        var aggregates = context.OrderLines.AggregateRfm(ByInt32, cancellationToken: TestContext.Current.CancellationToken);
        var gone = aggregates.CustomerIds!.Where((_, i) => i % 3 == 0).ToArray();

        var run = RfmPipeline.Run(aggregates, new RfmRunOptions { SuppressionList = new Segmentation.Privacy.SuppressionList(gone) }, CancellationToken.None);

        Assert.True(aggregates.HasNumericIds);
        Assert.NotEmpty(gone);
        Assert.Equal(aggregates.CustomerIds!.Except(gone), run.Aggregates.CustomerIds!);
    }

    /// <summary>A model whose converter stores the amount as integer cents: the summed column is not a decimal, so the rows come through EF Core's materialization (converter applied), not read as raw cents.</summary>
    [Fact]
    public void AmountWithValueConverter_ProviderMaterializes_SameSumsAsInMemory()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<CentsOrderLineDbContext>().UseSqlite(connection).Options;
        // Amounts that fit the converter's 64-bit cents.
        var lines = Lines.Sample(1, new Rnd(9UL), 60)[0];
        foreach (var line in lines)
        {
            line.Amount %= 1_000_000m;
        }

        using (var context = new CentsOrderLineDbContext(options))
        {
            context.Database.EnsureCreated();
            context.OrderLines.AddRange(lines);
            context.SaveChanges();
        }

        using var reading = new CentsOrderLineDbContext(options);
        var aggregates = reading.OrderLines.AggregateRfm(ByText, cancellationToken: TestContext.Current.CancellationToken);

        AssertSameAsInMemory(lines, ByText, l => l.CustomerId!, withOrderIds: true, aggregates, numericIds: false);
    }

    private static IOrderLines Open(string provider)
    {
        if (provider == "sqlite")
        {
            return new SqliteOrders();
        }

        PostgresServer.Require();
        return new PostgresOrders();
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static void AssertSameAsInMemory(OrderLine[] lines, RfmOrderColumns<OrderLine> columns, Func<OrderLine, string> id, bool withOrderIds, RfmAggregates actual, bool numericIds)
    {
        _ = columns;
        var expected = RfmAggregator.Aggregate(lines.Select(l => new RfmTransaction(id(l), l.OrderedAt, l.Amount, withOrderIds ? l.OrderId : null)));
        Assert.Equal(numericIds, actual.HasNumericIds);
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Transactions, actual.Transactions);
        Assert.Equal(expected.CustomerIds, actual.CustomerIds);
        Assert.Equal(expected.RecencyDays.ToArray(), actual.RecencyDays.ToArray());
        Assert.Equal(expected.Frequency.ToArray(), actual.Frequency.ToArray());
        Assert.Equal(expected.Monetary.ToArray(), actual.Monetary.ToArray());
    }

    /// <summary>The order lines with the amount stored as integer cents by a value converter.</summary>
    private sealed class CentsOrderLineDbContext(DbContextOptions<CentsOrderLineDbContext> options) : DbContext(options)
    {
        public DbSet<OrderLine> OrderLines => Set<OrderLine>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<OrderLine>(line =>
        {
            line.HasKey(l => l.Key);
            line.Property(l => l.Amount).HasConversion(amount => (long)(amount * 100), cents => cents / 100m);
        });
    }
}
