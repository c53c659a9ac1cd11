using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Segmentation.Benchmarks.Database;

/// <summary>
/// The benchmarks' PostgreSQL database, <c>segment_bench_shop</c> on the server of
/// <c>SEGMENT_BENCH_POSTGRES</c> (or <c>SEGMENT_POSTGRES</c>): one million customers and five million
/// orders, seeded, loaded by binary COPY with the indexes docs/database.md recommends. The load takes
/// about a minute, so a database already holding this data set (its version in <c>bench_meta</c>) is reused.
/// </summary>
public static class ShopDatabase
{
    public const int CustomerCount = 1_000_000;
    public const int OrderCount = 5_000_000;

    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Name = "segment_bench_shop";
    private const string Version = "1M customers, 5M orders, seed 42, v1";

    private static readonly string[] Countries = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL"];
    private static readonly string[] TagPool = ["vip", "newsletter", "sports", "music", "travel"];

    public static string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(Server) { Database = Name, CommandTimeout = 600 }.ConnectionString;

    private static string Server => Environment.GetEnvironmentVariable("SEGMENT_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("SEGMENT_POSTGRES") is { Length: > 0 } server ? server
        : throw new InvalidOperationException("Set SEGMENT_POSTGRES (or SEGMENT_BENCH_POSTGRES) to a PostgreSQL connection string; eval \"$(bash .ci/postgres.sh start)\" starts a throw-away server.");

    public static NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static ShopContext NewContext() => new(new DbContextOptionsBuilder<ShopContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Creates and fills the database unless it already holds this data set.</summary>
    public static void EnsureFilled()
    {
        if (HoldsThisDataSet())
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString))
        {
            admin.Open();
            Execute(admin, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
            Execute(admin, $"CREATE DATABASE {Name}");
        }

        // The pool still holds the connection of the check above, which the drop closed.
        NpgsqlConnection.ClearAllPools();

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        Execute(connection, """
            CREATE TABLE customers (id int PRIMARY KEY, country text NOT NULL, age int, opted_out boolean NOT NULL, tags text[] NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, placed_at timestamptz NOT NULL, amount numeric(12,2) NOT NULL);
            CREATE TABLE bench_meta (version text NOT NULL);
            """);
        var random = new Random(42);
        CopyCustomers(connection, random);
        CopyOrders(connection, random);

        // The indexes docs/database.md recommends for these segments and RFM.
        Execute(connection, """
            ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
            CREATE INDEX ON orders (customer_id, placed_at) INCLUDE (amount);
            CREATE INDEX ON customers (country);
            """);
        Execute(connection, "VACUUM ANALYZE customers");
        Execute(connection, "VACUUM ANALYZE orders");
        using (var meta = new NpgsqlCommand("INSERT INTO bench_meta VALUES (@version)", connection))
        {
            meta.Parameters.AddWithValue("version", Version);
            meta.ExecuteNonQuery();
        }

        Console.WriteLine($"// filled {Name}: {CustomerCount:N0} customers, {OrderCount:N0} orders in {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static bool HoldsThisDataSet()
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT version FROM bench_meta", connection);
            return command.ExecuteScalar() as string == Version;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    private static void CopyCustomers(NpgsqlConnection connection, Random random)
    {
        using var writer = connection.BeginBinaryImport("COPY customers (id, country, age, opted_out, tags) FROM STDIN (FORMAT BINARY)");
        for (var id = 1; id <= CustomerCount; id++)
        {
            writer.StartRow();
            writer.Write(id, NpgsqlDbType.Integer);
            writer.Write(Countries[random.Next(Countries.Length)], NpgsqlDbType.Text);
            if (random.Next(10) == 0)
            {
                writer.WriteNull();
            }
            else
            {
                writer.Write(random.Next(16, 90), NpgsqlDbType.Integer);
            }

            writer.Write(random.Next(10) == 0, NpgsqlDbType.Boolean);
            writer.Write(TagPool.Where(_ => random.Next(3) == 0).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        }

        writer.Complete();
    }

    /// <summary>Five orders per customer on average, over the two years before the as-of date, 5 to 400 with cents.</summary>
    private static void CopyOrders(NpgsqlConnection connection, Random random)
    {
        using var writer = connection.BeginBinaryImport("COPY orders (id, customer_id, placed_at, amount) FROM STDIN (FORMAT BINARY)");
        for (long id = 1; id <= OrderCount; id++)
        {
            writer.StartRow();
            writer.Write(id, NpgsqlDbType.Bigint);
            writer.Write(random.Next(1, CustomerCount + 1), NpgsqlDbType.Integer);
            writer.Write(AsOf.AddMinutes(-random.Next(1, 730 * 24 * 60)).UtcDateTime, NpgsqlDbType.TimestampTz);
            writer.Write(random.Next(500, 40_000) / 100m, NpgsqlDbType.Numeric);
        }

        writer.Complete();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
        command.ExecuteNonQuery();
    }
}
