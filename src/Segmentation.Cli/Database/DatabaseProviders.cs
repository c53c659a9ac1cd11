using System.Data.Common;

namespace Segmentation.Cli.Database;

/// <summary>Which provider a connection string is for: <c>--provider</c>, or the keywords only one of them knows.</summary>
internal static class DatabaseProviders
{
    private static readonly string[] PostgresKeys = ["host", "server", "port", "username", "user id", "userid", "user", "database", "password", "sslmode", "timeout", "search path"];
    private static readonly string[] SqliteKeys = ["data source", "datasource", "filename", "mode", "cache", "foreign keys", "recursive triggers"];

    public static DatabaseProvider? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        "sqlite" => DatabaseProvider.Sqlite,
        _ => null,
    };

    /// <summary>The provider the keywords point to; a usage error when they point to neither or both.</summary>
    public static DatabaseProvider Detect(DbConnectionStringBuilder builder)
    {
        var keys = builder.Keys.Cast<string>().Select(k => k.ToLowerInvariant()).ToList();
        var postgres = keys.Any(PostgresKeys.Contains);
        var sqlite = keys.Any(SqliteKeys.Contains);
        return (postgres, sqlite) switch
        {
            (true, false) => DatabaseProvider.Postgres,
            (false, true) => DatabaseProvider.Sqlite,
            _ => throw new UsageException("The connection string does not say whether it is for PostgreSQL or SQLite; pass --provider postgres or --provider sqlite."),
        };
    }
}
