namespace Segmentation.Cli.Database;

/// <summary>
/// Table and column names from the command line, quoted as SQL identifiers (PostgreSQL and SQLite
/// both use double quotes, doubled inside), so no option can end the name and inject SQL.
/// </summary>
internal static class SqlIdentifiers
{
    /// <summary><c>"name"</c>, with embedded quotes doubled; a NUL character (which would cut the text short in the server) is refused.</summary>
    public static string Quote(string name, string option)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            throw new UsageException($"{option} '{name.Replace("\0", "\\0", StringComparison.Ordinal)}' is not a valid name: it is empty or holds a NUL character.");
        }

        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A table name: <c>schema.table</c> is two identifiers (a name with a dot in it needs --query).</summary>
    public static string QuoteTable(string name) =>
        string.Join('.', name.Split('.').Select(part => Quote(part, "--table")));
}
