using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Segmentation.Cli.Tests.Database;

/// <summary>
/// A scratch database for the <c>--connection</c> tests: a SQLite file in the test's directory, or a
/// new database on the PostgreSQL server of <c>SEGMENT_POSTGRES</c> (skipped without one, a failure
/// when <c>SEGMENT_REQUIRE_POSTGRES=1</c>, as in the Core tests), dropped on dispose.
/// </summary>
internal sealed class TestDatabases : IDisposable
{
    private readonly string? _postgresName;

    private TestDatabases(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    /// <summary>Gets the connection string the tool is given (a SQLite file name relative to the test directory).</summary>
    public string ConnectionString { get; }

    public static TestDatabases Create(string provider, TempDirectory directory)
    {
        if (provider == "sqlite")
        {
            return new TestDatabases(provider, "Data Source=shop.db", null);
        }

        var server = Environment.GetEnvironmentVariable("SEGMENT_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Assert.False(Environment.GetEnvironmentVariable("SEGMENT_REQUIRE_POSTGRES") == "1", "SEGMENT_REQUIRE_POSTGRES=1 but SEGMENT_POSTGRES is not set.");
            Assert.Skip("No PostgreSQL server: set SEGMENT_POSTGRES (eval \"$(bash .ci/postgres.sh start)\").");
        }

        var name = "segment_cli_" + Guid.NewGuid().ToString("N");
        Admin(server!, $"CREATE DATABASE {name}");
        return new TestDatabases(provider, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString, name);
    }

    /// <summary>Runs statements against the database (the SQLite file is resolved in <paramref name="directory"/>).</summary>
    public void Execute(TempDirectory directory, params string[] statements)
    {
        using DbConnection connection = Provider == "sqlite"
            ? new SqliteConnection($"Data Source={directory.File("shop.db")};Pooling=False")
            : new NpgsqlConnection(ConnectionString);
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    public long Count(TempDirectory directory, string table)
    {
        using DbConnection connection = Provider == "sqlite"
            ? new SqliteConnection($"Data Source={directory.File("shop.db")};Pooling=False")
            : new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            Admin(Environment.GetEnvironmentVariable("SEGMENT_POSTGRES")!, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
