using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Segmentation.Rfm;

namespace Segmentation.Benchmarks.Database;

/// <summary>
/// RFM over five million orders of about a million customers in PostgreSQL: grouped in the database
/// by <c>AggregateRfm</c> and streamed into the scorer, against a hand-written <c>GROUP BY</c> +
/// <c>NTILE</c> query (the baseline: the database does everything, the client reads the scores) and
/// against reading every order row into memory and scoring there. Allocated bytes divided by the
/// customers give the client memory per customer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(DatabaseBenchmarkConfig))]
public class RfmInDatabaseBenchmarks
{
    private const string HandWrittenNtile = """
        SELECT customer_id,
               ntile(5) OVER (ORDER BY last_day)::int AS r,
               ntile(5) OVER (ORDER BY orders)::int AS f,
               ntile(5) OVER (ORDER BY monetary)::int AS m
        FROM (SELECT customer_id, max(placed_at) AS last_day, count(*) AS orders, sum(amount) AS monetary
              FROM orders GROUP BY customer_id) AS g
        """;

    private static readonly DateOnly AsOf = DateOnly.FromDateTime(ShopDatabase.AsOf.UtcDateTime);

    /// <summary>The order table's columns: the integer customer id as text (the library's ids are strings; it groups on the integer), the UTC time.</summary>
    private static readonly RfmOrderColumns<ShopOrder> Columns = new(o => o.CustomerId.ToString(), o => o.PlacedAt, o => o.Amount);

    private static readonly RfmScoringOptions Ntile = new() { Method = RfmMethod.Ntile };

    private static readonly RfmScoringOptions Quantile = new() { Method = RfmMethod.Quantile };

    [GlobalSetup]
    public void Setup()
    {
        ShopDatabase.EnsureFilled();
        using var context = ShopDatabase.NewContext();
        // What AggregateRfm runs: the integer id projected as is (GroupRfmCustomers shows it converted to text).
        Console.WriteLine("// AggregateRfm's SQL:\n" + RfmQueryableExtensions.ReaderQuery(context.Orders, Columns).Query.ToQueryString());
        var scored = AggregateRfmThenNtile();
        if (scored.Count != HandWrittenGroupByNtile().Length)
        {
            throw new InvalidOperationException("The hand-written SQL and AggregateRfm score different customers.");
        }

        Console.WriteLine($"// {scored.Count:N0} customers with orders");
    }

    [GlobalSetup(Target = nameof(ReadEveryOrderThenScore))]
    public void SetupInMemory()
    {
        Setup();
        var inMemory = ReadEveryOrderThenScore();
        var inDatabase = AggregateRfmThenNtile();
        // Both runs order the customers by ordinal id, so the codes line up.
        if (!inMemory.RfmCodes.Span.SequenceEqual(inDatabase.RfmCodes.Span))
        {
            throw new InvalidOperationException("Scoring in memory and in the database disagree.");
        }
    }

    /// <summary>The database groups and scores; the client reads one row of scores per customer.</summary>
    [Benchmark(Baseline = true)]
    public (int Customer, byte R, byte F, byte M)[] HandWrittenGroupByNtile()
    {
        using var connection = ShopDatabase.Open();
        using var command = new Npgsql.NpgsqlCommand(HandWrittenNtile, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(int, byte, byte, byte)>(1 << 20);
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), (byte)reader.GetInt32(1), (byte)reader.GetInt32(2), (byte)reader.GetInt32(3)));
        }

        return [.. rows];
    }

    /// <summary>The grouping and the streamed rows alone (the client memory of the aggregates, before scoring).</summary>
    [Benchmark]
    public RfmAggregates AggregateRfmOnly()
    {
        using var context = ShopDatabase.NewContext();
        return context.Orders.AggregateRfm(Columns, AsOf);
    }

    [Benchmark]
    public RfmScoreResult AggregateRfmThenNtile()
    {
        using var context = ShopDatabase.NewContext();
        return RfmScorer.Score(context.Orders.AggregateRfm(Columns, AsOf), Ntile);
    }

    [Benchmark]
    public RfmScoreResult AggregateRfmThenQuantile()
    {
        using var context = ShopDatabase.NewContext();
        return RfmScorer.Score(context.Orders.AggregateRfm(Columns, AsOf), Quantile);
    }

    /// <summary>Every order row through EF Core (no tracking) into the in-memory aggregation, then the same scoring.</summary>
    [Benchmark]
    public RfmScoreResult ReadEveryOrderThenScore()
    {
        using var context = ShopDatabase.NewContext();
        var transactions = context.Orders.AsNoTracking().Select(o => new { o.CustomerId, o.PlacedAt, o.Amount }).AsEnumerable()
            .Select(o => new RfmTransaction(o.CustomerId.ToString(CultureInfo.InvariantCulture), o.PlacedAt, o.Amount));
        return RfmScorer.Score(RfmAggregator.Aggregate(transactions, AsOf), Ntile);
    }
}
