using System.Diagnostics;
using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Cli.Rfm;
using Segmentation.Rfm.Aggregation;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>Reads a transaction CSV with a progress bar (rows, rate) on stderr when it is a terminal.</summary>
internal static class TransactionLoader
{
    public static TransactionTable Load(CliEnvironment environment, InputSettings settings, string input, InvalidRows invalid) =>
        WithProgress(environment, settings, input, (path, progress) => Reader(settings, progress).Read(path, invalid, environment.Cancellation), t => t.Count + invalid.Count);

    /// <summary>
    /// Reads and aggregates per customer: the UTF-8 fast path when the file allows it
    /// (<see cref="Utf8TransactionReader"/>), else the general reader and the library's aggregator.
    /// </summary>
    public static CustomerColumns LoadAggregates(CliEnvironment environment, InputSettings settings, string input, InvalidRows invalid) =>
        WithProgress(
            environment,
            settings,
            input,
            (path, progress) =>
            {
                // Opened once: a pipe or FIFO cannot be opened again without losing what was written to it.
                using var stream = Utf8TransactionReader.OpenInput(path);
                var fast = new Utf8TransactionReader { Columns = settings.Columns, SkipInvalid = settings.SkipInvalid, AsOf = settings.AsOfDate, Progress = progress }
                    .TryRead(stream, path, invalid, environment.Cancellation);
                if (fast is not null)
                {
                    return fast;
                }

                if (stream.CanSeek)
                {
                    stream.Position = 0;
                }

                return TableRuns.Aggregate(Reader(settings, progress).Read(path, stream, invalid, environment.Cancellation), settings.AsOfDate);
            },
            a => a.Transactions + invalid.Count);

    private static T WithProgress<T>(CliEnvironment environment, InputSettings settings, string input, Func<string, Action<ReadProgress>?, T> read, Func<T, long> rows)
    {
        var path = environment.Resolve(input);
        if (!File.Exists(path))
        {
            throw new UsageException($"The input file '{input}' does not exist (looked in {Path.GetDirectoryName(path)}).");
        }

        var stopwatch = Stopwatch.StartNew();
        T result;
        if (!settings.NoProgress && environment.Error.Profile.Capabilities.Interactive)
        {
            result = environment.Error.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Reading", maxValue: Math.Max(1, new FileInfo(path).Length));
                    return read(path, p =>
                    {
                        task.Value = p.Bytes;
                        task.Description = Describe(p.Rows, stopwatch.Elapsed);
                    });
                });
        }
        else
        {
            result = read(path, null);
        }

        environment.Error.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Describe(rows(result), stopwatch.Elapsed));
        return result;
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
