using System.ComponentModel;
using Segmentation.Cli.Database;
using Segmentation.Cli.Input;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options that read the input from a database instead of a CSV file (docs/cli.md, "Reading from a database").</summary>
internal abstract class SourceSettings : CommandSettings
{
    [CommandOption("--connection <STRING>")]
    [Description("Read from a database instead of a CSV: a PostgreSQL (Host=...;Database=...;Username=...) or SQLite (Data Source=file.db) connection string. With --table or --query. Set the password with PGPASSWORD or ~/.pgpass rather than in the string where you can.")]
    public string? Connection { get; set; }

    [CommandOption("--provider <PROVIDER>")]
    [Description("postgres or sqlite, when the connection string does not say which.")]
    public string? Provider { get; set; }

    [CommandOption("--table <NAME>")]
    [Description("The table (or view) to read with --connection; schema.table for another schema. Quoted as an identifier.")]
    public string? Table { get; set; }

    [CommandOption("--query <SQL>")]
    [Description("A SELECT to read with --connection instead of a table; the column options name its columns.")]
    public string? Query { get; set; }

    [CommandOption("--suppress <FILE>")]
    [Description("Customer ids that must never appear (one per line; a first line customer_id is a header): they are dropped before scoring (with --connection, in the database's query), so they are in no output, summary, report or explanation.")]
    public string? SuppressFile { get; set; }

    /// <summary>The --suppress list read through the library, or null; the path is checked as every input's is (a folder, a broken link, no permission: exit 2).</summary>
    public Segmentation.Privacy.SuppressionList? SuppressionList(CliEnvironment environment) =>
        SuppressFile is null ? null : Segmentation.Privacy.SuppressionList.Load(InputFiles.Existing(environment, SuppressFile, "--suppress"));

    /// <summary>Gets whether the input is a database.</summary>
    public bool FromDatabase => Connection is not null;

    /// <summary>The database source the options describe; call only when <see cref="FromDatabase"/>.</summary>
    public DatabaseSource OpenSource(CliEnvironment environment) =>
        DatabaseSource.Open(Connection!, DatabaseProviders.Parse(Provider), Table, Query, environment.Resolve, environment.Cancellation);

    /// <summary>Checks the database options; <paramref name="hasFile"/> says whether a CSV input was given too.</summary>
    protected ValidationResult ValidateSource(bool hasFile, string fileWord)
    {
        if (Connection is null)
        {
            return Provider is not null || Table is not null || Query is not null
                ? ValidationResult.Error("--provider, --table and --query read from a database: pass --connection too.")
                : ValidationResult.Success();
        }

        if (hasFile)
        {
            return ValidationResult.Error($"Pass either {fileWord} or --connection, not both.");
        }

        if ((Table is null) == (Query is null))
        {
            return ValidationResult.Error("With --connection, pass --table <NAME> or --query <SQL> (one of them).");
        }

        if (Provider is not null && DatabaseProviders.Parse(Provider) is null)
        {
            return ValidationResult.Error($"--provider '{Provider}' is unknown; use postgres or sqlite.");
        }

        return ValidationResult.Success();
    }
}
