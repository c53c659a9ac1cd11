using Npgsql;

namespace Segmentation.Tests.Database;

/// <summary>
/// The PostgreSQL server of the tests: the connection string in <c>SEGMENT_POSTGRES</c> (.ci/postgres.sh
/// starts a throw-away cluster and prints it). Without it the PostgreSQL tests are skipped, unless
/// <c>SEGMENT_REQUIRE_POSTGRES=1</c> (as .ci/run sets), which turns a missing server into a failure.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "SEGMENT_POSTGRES";

    /// <summary>Gets the server's connection string, or <see langword="null"/> when none is configured.</summary>
    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Gets whether CI asks for PostgreSQL (a missing server fails the tests instead of skipping them).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("SEGMENT_REQUIRE_POSTGRES") == "1";

    /// <summary>Gets whether the PostgreSQL halves of the parity checks run.</summary>
    public static bool Available => ConnectionString is not null || Required;

    /// <summary>The server's connection string; skips the test when none is configured and CI does not require one.</summary>
    public static string Require()
    {
        if (ConnectionString is { } connection)
        {
            return connection;
        }

        Assert.False(Required, $"SEGMENT_REQUIRE_POSTGRES=1 but {Variable} is not set; start a server with: eval \"$(bash .ci/postgres.sh start)\".");
        Assert.Skip($"No PostgreSQL server: set {Variable} to a connection string (eval \"$(bash .ci/postgres.sh start)\" starts a throw-away one); CI sets SEGMENT_REQUIRE_POSTGRES=1 to make this a failure.");
        return null!;
    }

    /// <summary>Creates an empty database with a unique name; returns the name.</summary>
    public static string CreateDatabase()
    {
        var name = "segment_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {name}");
        return name;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing its connections.</summary>
    public static void DropDatabase(string name) => Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>A connection string for one database of the server, without pooling (tests create and drop many databases).</summary>
    public static string ForDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(Require()) { Database = database, Pooling = false }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ForDatabase("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
