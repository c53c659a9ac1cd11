using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Segmentation.Cli.Database;

/// <summary>
/// An open connection and the table or query the tool reads: its quoted <c>FROM</c> source, its
/// column names and a name for messages. Every provider message passes through <see cref="Redact(string)"/>,
/// so the password of the connection string never reaches the console.
/// </summary>
internal sealed class DatabaseSource : IDisposable
{
    private readonly string? _password;

    private DatabaseSource(DatabaseProvider provider, DbConnection connection, string? password, string from, string name, string place)
    {
        Provider = provider;
        Connection = connection;
        _password = password;
        From = from;
        Name = name;
        Place = place;
    }

    public DatabaseProvider Provider { get; }

    public DbConnection Connection { get; }

    /// <summary>Gets the <c>FROM</c> source: a quoted table, or the query as a derived table.</summary>
    public string From { get; }

    /// <summary>Gets the table name as given, or <c>query</c>: what reports and messages call the input.</summary>
    public string Name { get; }

    /// <summary>Gets where the database is, without credentials: host, port, database and user, or the SQLite file.</summary>
    public string Place { get; }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    /// <summary>Connects and reads the source's column names; every failure is a one-line usage error.</summary>
    /// <param name="connectionString">The --connection value.</param>
    /// <param name="provider">The --provider value, or null to detect it.</param>
    /// <param name="table">The --table value.</param>
    /// <param name="query">The --query value (when no table).</param>
    /// <param name="resolve">Resolves a relative SQLite file name as the tool resolves input files.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    public static DatabaseSource Open(string connectionString, DatabaseProvider? provider, string? table, string? query, Func<string, string> resolve, CancellationToken cancellationToken)
    {
        DbConnectionStringBuilder builder;
        try
        {
            builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            // The parser's message quotes the string, password included: say only what is wrong.
            throw new UsageException("--connection is not a connection string of the form Key=Value;Key=Value (e.g. Host=db;Database=shop;Username=me or Data Source=shop.db).");
        }

        var password = builder.TryGetValue("password", out var p) ? p as string : builder.TryGetValue("pwd", out var q) ? q as string : null;
        var kind = provider ?? DatabaseProviders.Detect(builder);
        var from = table is not null ? SqlIdentifiers.QuoteTable(table) : "(" + TrimQuery(query!) + ") AS source";
        var name = table ?? "query";
        DbConnection connection;
        string place;
        try
        {
            (connection, place) = kind == DatabaseProvider.Postgres ? Postgres(connectionString) : Sqlite(connectionString, resolve);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--connection is not a valid {Describe(kind)} connection string: {Redact(e.Message, password)}");
        }

        var source = new DatabaseSource(kind, connection, password, from, name, place);
        try
        {
            source.Run(() => connection.OpenAsync(cancellationToken).GetAwaiter().GetResult(), $"could not connect to the {Describe(kind)} database {place}");
            source.Columns = source.Run(() => source.ReadColumns(cancellationToken), table is not null ? $"could not read the table '{table}' ({place})" : $"could not run --query ({place})");
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Runs a database call, turning provider errors into one-line usage errors without the password.</summary>
    public T Run<T>(Func<T> call, string what)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or System.Net.Sockets.SocketException or TimeoutException or IOException)
        {
            throw new UsageException($"{what}: {Redact(FirstLine(e), _password)}");
        }
        catch (Exception e) when (e is FormatException or InvalidCastException)
        {
            // A value the column options point at that is not a date, number or text as RFM reads it: the data's fault, as a bad CSV cell.
            throw new SegmentationException($"{what}: {Redact(FirstLine(e), _password)} Check the columns' types, or convert them in --query.", Name);
        }
    }

    public void Run(Action call, string what) => Run(() =>
    {
        call();
        return true;
    }, what);

    /// <summary>The quoted name of a column the source must have; a missing one is the input error a CSV without that header column gives.</summary>
    public string Column(string name, string option)
    {
        var quoted = SqlIdentifiers.Quote(name, option);
        if (Columns.Contains(name, StringComparer.Ordinal))
        {
            return quoted;
        }

        var near = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        throw new SegmentationException(
            $"The {(Name == "query" ? "query" : $"table '{Name}'")} has no column '{name}' (it has {string.Join(", ", Columns)}); "
            + (near is null ? $"name the column with {option}." : $"did you mean '{near}'? Column names are case-sensitive; pass {option} {near}."),
            name);
    }

    /// <summary>Whether the source has a column (for the optional order id column).</summary>
    public bool Has(string name) => Columns.Contains(name, StringComparer.Ordinal);

    /// <summary>A message without the password, however the provider quoted it.</summary>
    public string Redact(string text) => Redact(text, _password);

    public void Dispose() => Connection.Dispose();

    private static string Redact(string text, string? password) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, "***", StringComparison.Ordinal);

    private static string FirstLine(Exception e)
    {
        var message = (e.InnerException is { } inner && e.Message.Contains("See the inner exception", StringComparison.OrdinalIgnoreCase) ? inner : e).Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static string Describe(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    private static (DbConnection, string) Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "segment" };
        var place = string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}");
        return (new NpgsqlConnection(builder.ConnectionString), place);
    }

    private static (DbConnection, string) Sqlite(string connectionString, Func<string, string> resolve)
    {
        // The tool only reads: read-only, so a mistyped file name is an error rather than a new empty database.
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        if (builder.DataSource.Length > 0 && builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = resolve(builder.DataSource);
        }

        return (new SqliteConnection(builder.ConnectionString), "'" + builder.DataSource + "'");
    }

    private static string TrimQuery(string query) => query.Trim().TrimEnd(';').TrimEnd();

    private List<string> ReadColumns(CancellationToken cancellationToken)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {From} LIMIT 0";
        using var reader = command.ExecuteReaderAsync(cancellationToken).GetAwaiter().GetResult();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }
}
