using Npgsql;

namespace Segmentation.Tests.Database.Sharded;

/// <summary>
/// The shard servers of the sharded tests: the connection strings in <c>SEGMENT_POSTGRES_SHARDS</c>,
/// separated by <c>|</c> (<c>.ci/postgres.sh start-shards</c> starts two throw-away clusters and
/// prints it). The server of <see cref="PostgresServer"/> is their coordinator. Without them the
/// sharded tests are skipped, unless <c>SEGMENT_REQUIRE_POSTGRES_SHARDS=1</c> (as .ci/run sets).
/// </summary>
public static class PostgresShards
{
    public const string Variable = "SEGMENT_POSTGRES_SHARDS";

    /// <summary>Gets the shards' connection strings (empty when none are configured).</summary>
    public static IReadOnlyList<string> ConnectionStrings { get; } =
        (Environment.GetEnvironmentVariable(Variable) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Gets whether CI asks for the shards (missing shards fail the tests instead of skipping them).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("SEGMENT_REQUIRE_POSTGRES_SHARDS") == "1";

    /// <summary>The shards' connection strings (at least two); skips the test when none are configured and CI does not require them.</summary>
    public static IReadOnlyList<string> Require()
    {
        PostgresServer.Require();
        if (ConnectionStrings.Count >= 2)
        {
            return ConnectionStrings;
        }

        const string Start = "eval \"$(bash .ci/postgres.sh start-shards)\"";
        Assert.False(Required, $"SEGMENT_REQUIRE_POSTGRES_SHARDS=1 but {Variable} does not name two servers; start them with: {Start}.");
        Assert.Skip($"No shard servers: set {Variable} to two connection strings separated by '|' ({Start} starts two throw-away ones); CI sets SEGMENT_REQUIRE_POSTGRES_SHARDS=1 to make this a failure.");
        return null!;
    }

    /// <summary>A shard's connection string for one of its databases, without pooling.</summary>
    public static string ForDatabase(string shard, string database) =>
        new NpgsqlConnectionStringBuilder(shard) { Database = database, Pooling = false }.ConnectionString;

    /// <summary>Runs SQL statements on one database of a server.</summary>
    public static void Execute(string connectionString, params string[] statements)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
