namespace Segmentation.Cli.Database;

/// <summary>The databases <c>--connection</c> reads from.</summary>
internal enum DatabaseProvider
{
    /// <summary>PostgreSQL, through Npgsql.</summary>
    Postgres,

    /// <summary>SQLite, through Microsoft.Data.Sqlite.</summary>
    Sqlite,
}
