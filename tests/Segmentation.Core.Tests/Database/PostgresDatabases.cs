using System.Text.Json;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>
/// One PostgreSQL database per distinct list of customers, shared by the parity checks of the test
/// run (a new database per check would cost most of a second each); dropped when the process exits.
/// Keyed by content, so a list changed in place gets its own database.
/// </summary>
internal static class PostgresDatabases
{
    private static readonly Dictionary<string, PostgresDatabase> Databases = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    static PostgresDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAll();

    public static PostgresDatabase For(IReadOnlyList<Customer> customers)
    {
        var key = JsonSerializer.Serialize(customers);
        lock (Gate)
        {
            if (!Databases.TryGetValue(key, out var database))
            {
                database = new PostgresDatabase(customers);
                Databases.Add(key, database);
            }

            return database;
        }
    }

    private static void DropAll()
    {
        lock (Gate)
        {
            foreach (var database in Databases.Values)
            {
                database.Dispose();
            }

            Databases.Clear();
        }
    }
}
