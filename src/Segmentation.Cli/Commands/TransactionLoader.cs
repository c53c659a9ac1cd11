using System.Diagnostics;
using System.Globalization;
using Segmentation.Cli.Input;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>Reads a transaction CSV with a progress bar (rows, rate) on stderr when it is a terminal.</summary>
internal static class TransactionLoader
{
    public static TransactionTable Load(CliEnvironment environment, InputSettings settings, string input, InvalidRows invalid)
    {
        var path = environment.Resolve(input);
        if (!File.Exists(path))
        {
            throw new UsageException($"The input file '{input}' does not exist (looked in {Path.GetDirectoryName(path)}).");
        }

        var stopwatch = Stopwatch.StartNew();
        TransactionTable table;
        if (!settings.NoProgress && environment.Error.Profile.Capabilities.Interactive)
        {
            table = environment.Error.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Reading", maxValue: Math.Max(1, new FileInfo(path).Length));
                    var reader = Reader(settings, p =>
                    {
                        task.Value = p.Bytes;
                        task.Description = Describe(p.Rows, stopwatch.Elapsed);
                    });
                    return reader.Read(path, invalid, environment.Cancellation);
                });
        }
        else
        {
            table = Reader(settings, null).Read(path, invalid, environment.Cancellation);
        }

        environment.Error.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Describe(table.Count + invalid.Count, stopwatch.Elapsed));
        return table;
    }

    private static TransactionCsvReader Reader(InputSettings settings, Action<ReadProgress>? progress) => new()
    {
        Columns = settings.Columns,
        SkipInvalid = settings.SkipInvalid,
        AsOf = settings.AsOfDate,
        Progress = progress,
    };

    private static string Describe(long rows, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"Read {rows:N0} rows in {elapsed.TotalSeconds:0.00} s ({rate:N0} rows/s)");
    }
}
