using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database.Sharded;

/// <summary>
/// The same customers, orders and order lines twice in one coordinator database: as plain tables
/// (schema <c>public</c>, one server) and as tables hash-partitioned on the customer id whose
/// partitions are <c>postgres_fdw</c> foreign tables on the shard servers (schema <c>sharded</c>),
/// the set-up docs/database.md describes. A context sees one or the other through its search path
/// only, so the library's queries run on both unchanged. Dropped on dispose, shards included.
/// </summary>
public sealed class ShardedPostgres : IDisposable
{
    /// <summary>Each table and the column it is partitioned on: always the customer id.</summary>
    private static readonly (string Table, string CustomerId)[] Tables =
        [("Customers", "Id"), ("Order", "CustomerId"), ("Consent", "CustomerId"), ("OrderLines", "CustomerId")];

    private readonly string _name = PostgresServer.CreateDatabase();
    private readonly IReadOnlyList<string> _shards;

    public ShardedPostgres(IReadOnlyList<Customer> customers, IReadOnlyList<OrderLine> lines)
    {
        _shards = PostgresShards.Require();
        try
        {
            LoadOneServer(customers, lines);
            Shard();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Gets the connection string of the plain tables (one server).</summary>
    public string OneServer => PostgresServer.ForDatabase(_name);

    /// <summary>Gets the connection string of the sharded tables: the same database, search path <c>sharded</c>.</summary>
    public string Sharded => new NpgsqlConnectionStringBuilder(OneServer) { SearchPath = "sharded" }.ConnectionString;

    public CustomerDbContext Customers(string connectionString, CommandCapture? capture = null) =>
        new(With(new DbContextOptionsBuilder<CustomerDbContext>().UseNpgsql(connectionString), capture).Options);

    public OrderLineDbContext Orders(string connectionString, CommandCapture? capture = null) =>
        new(With(new DbContextOptionsBuilder<OrderLineDbContext>().UseNpgsql(connectionString), capture).Options);

    /// <summary>PostgreSQL's <c>EXPLAIN (VERBOSE)</c> of a command EF Core sent, with its parameters, on the sharded tables.</summary>
    public string Explain(SentCommand sent)
    {
        using var connection = new NpgsqlConnection(Sharded);
        connection.Open();
        using var command = new NpgsqlCommand("EXPLAIN (VERBOSE) " + sent.Text, connection);
        foreach (var parameter in sent.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var plan = new StringBuilder();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }

    /// <summary>The rows one shard holds of a table, counted on the shard itself.</summary>
    public long RowsOnShard(int shard, string table)
    {
        using var connection = new NpgsqlConnection(PostgresShards.ForDatabase(_shards[shard], _name));
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var shard in _shards ?? [])
        {
            PostgresShards.Execute(PostgresShards.ForDatabase(shard, "postgres"), $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }

        PostgresServer.DropDatabase(_name);
    }

    private static DbContextOptionsBuilder<T> With<T>(DbContextOptionsBuilder<T> builder, CommandCapture? capture)
        where T : DbContext => capture is null ? builder : builder.AddInterceptors(capture);

    private void LoadOneServer(IReadOnlyList<Customer> customers, IReadOnlyList<OrderLine> lines)
    {
        using (var context = Customers(OneServer))
        {
            context.Database.EnsureCreated();
            context.Customers.AddRange(customers.Select((c, i) => CustomerCopy.Copy(c, i, instant => instant.ToUniversalTime())));
            context.SaveChanges();
        }

        using (var context = Orders(OneServer))
        {
            context.GetService<IRelationalDatabaseCreator>().CreateTables();
            context.OrderLines.AddRange(lines.Select(l => new OrderLine { CustomerId = l.CustomerId, CustomerNumber = l.CustomerNumber, OrderedAt = l.OrderedAt, Amount = l.Amount, OrderId = l.OrderId }));
            context.SaveChanges();
        }
    }

    /// <summary>
    /// Makes a database of the same name on each shard holding the tables' columns, then in the
    /// coordinator a partitioned copy of each table (hash on the customer id, one foreign-table
    /// partition per shard), filled from the plain one; the planner may aggregate and join per partition.
    /// </summary>
    private void Shard()
    {
        var coordinator = new List<string>
        {
            "CREATE EXTENSION postgres_fdw",
            "CREATE SCHEMA sharded",
            $"ALTER DATABASE {_name} SET enable_partitionwise_aggregate = on",
            $"ALTER DATABASE {_name} SET enable_partitionwise_join = on",
        };
        for (var s = 0; s < _shards.Count; s++)
        {
            var shard = new NpgsqlConnectionStringBuilder(_shards[s]);
            PostgresShards.Execute(PostgresShards.ForDatabase(_shards[s], "postgres"), $"CREATE DATABASE {_name}");
            coordinator.Add($"CREATE SERVER shard{s} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '{shard.Host}', port '{shard.Port}', dbname '{_name}', batch_size '1000')");
            coordinator.Add($"CREATE USER MAPPING FOR CURRENT_USER SERVER shard{s} OPTIONS (user '{shard.Username}')");
        }

        foreach (var (table, customerId) in Tables)
        {
            var columns = Columns(table);
            foreach (var shard in _shards)
            {
                PostgresShards.Execute(
                    PostgresShards.ForDatabase(shard, _name),
                    $"CREATE TABLE \"{table}\" ({columns})",
                    $"CREATE INDEX ON \"{table}\" (\"{customerId}\")");
            }

            coordinator.Add($"CREATE TABLE sharded.\"{table}\" (LIKE public.\"{table}\") PARTITION BY HASH (\"{customerId}\")");
            for (var s = 0; s < _shards.Count; s++)
            {
                coordinator.Add($"CREATE FOREIGN TABLE sharded.\"{table}_{s}\" PARTITION OF sharded.\"{table}\" FOR VALUES WITH (MODULUS {_shards.Count}, REMAINDER {s}) SERVER shard{s} OPTIONS (schema_name 'public', table_name '{table}')");
            }

            coordinator.Add($"INSERT INTO sharded.\"{table}\" SELECT * FROM public.\"{table}\"");
            coordinator.Add($"ANALYZE sharded.\"{table}\"");
        }

        PostgresShards.Execute(OneServer, [.. coordinator]);
    }

    /// <summary>The column definitions of a plain table, for the same table on the shards.</summary>
    private string Columns(string table)
    {
        using var connection = new NpgsqlConnection(OneServer);
        connection.Open();
        using var command = new NpgsqlCommand(
            """
            SELECT string_agg(format('%I %s', attname, format_type(atttypid, atttypmod)), ', ' ORDER BY attnum)
            FROM pg_attribute WHERE attrelid = format('public.%I', @table)::regclass AND attnum > 0 AND NOT attisdropped
            """,
            connection);
        command.Parameters.AddWithValue("table", table);
        return (string)command.ExecuteScalar()!;
    }
}
