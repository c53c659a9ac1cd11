using System.Diagnostics;
using System.Globalization;
using Segmentation.Cli.Input;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>Reads a transaction CSV with a progress bar (rows, rate) on stderr when it is a terminal.</summary>
internal static class TransactionLoader
{
    /// <summary>
    /// Reads and aggregates per customer: the UTF-8 fast path when the file allows it
    /// (<see cref="Utf8TransactionReader"/>), else the general reader streaming into the library's
    /// aggregation. With <paramref name="previousAsOf"/>, the rows before it are also aggregated as
    /// of it, in the same pass (the general reader).
    /// </summary>
    /// <param name="environment">The console and the cancellation.</param>
    /// <param name="settings">The input options.</param>
    /// <param name="input">The file as given on the command line.</param>
    /// <param name="invalid">Receives the rows skipped under --skip-invalid.</param>
    /// <param name="previousAsOf">The earlier snapshot's date, or null.</param>
    /// <param name="onRow">Receives every valid row (the general reader, which keeps none of them itself).</param>
    public static AggregatedInput Load(CliEnvironment environment, CsvInputSettings settings, string input, InvalidRows invalid, DateOnly? previousAsOf = null, Action<Segmentation.Rfm.RfmTransaction>? onRow = null) =>
        WithProgress(
            environment,
            settings,
            input,
            (path, progress) =>
            {
                // Opened once: a pipe or FIFO cannot be opened again without losing what was written to it.
                using var stream = Utf8TransactionReader.OpenInput(path);
                if (previousAsOf is null && onRow is null)
                {
                    var fastReader = new Utf8TransactionReader { Columns = settings.Columns, SkipInvalid = settings.SkipInvalid, AsOf = settings.AsOfDate, Dialect = settings.Dialect, Progress = progress };
                    var fast = fastReader.TryRead(stream, path, invalid, environment.Cancellation);
                    if (fast is not null)
                    {
                        WarnDropped(environment, input, fastReader.DroppedBytes);
                        return new AggregatedInput(fast, null);
                    }

                    if (stream.CanSeek)
                    {
                        stream.Position = 0;
                    }
                }

                var reader = new TransactionCsvReader
                {
                    Columns = settings.Columns,
                    SkipInvalid = settings.SkipInvalid,
                    AsOf = settings.AsOfDate,
                    PreviousAsOf = previousAsOf,
                    OnRow = onRow,
                    Dialect = settings.Dialect,
                    Progress = progress,
                };
                var read = reader.Read(path, stream, invalid, environment.Cancellation);
                WarnDropped(environment, input, reader.DroppedBytes);
                return read;
            },
            a => a.Current.Transactions + invalid.Count);

    /// <summary>Reads <paramref name="input"/> with a progress bar, then prints the rows and the rate; <paramref name="named"/> names the file in that line (several inputs).</summary>
    public static T WithProgress<T>(CliEnvironment environment, CsvInputSettings settings, string input, Func<string, Action<ReadProgress>?, T> read, Func<T, long> rows, bool named = false)
    {
        var path = InputFiles.Existing(environment, input);

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
                        task.Description = Describe(p.Rows, stopwatch.Elapsed, named ? input : null);
                    });
                });
        }
        else
        {
            result = read(path, null);
        }

        environment.Error.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0}[/]", Markup.Escape(Describe(rows(result), stopwatch.Elapsed, named ? input : null)));
        return result;
    }

    private static void WarnDropped(CliEnvironment environment, string input, long bytes)
    {
        if (bytes > 0)
        {
            environment.Error.MarkupLine(CultureInfo.InvariantCulture, "[yellow]{0} grew while it was read: its last {1:N0} bytes, a row not yet complete, were left out.[/]", Markup.Escape(input), bytes);
        }
    }

    private static string Describe(long rows, TimeSpan elapsed, string? input)
    {
        var rate = elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0;
        var of = input is null ? string.Empty : " of " + Path.GetFileName(input);
        return string.Create(CultureInfo.InvariantCulture, $"Read {rows:N0} rows{of} in {elapsed.TotalSeconds:0.00} s ({rate:N0} rows/s)");
    }
}
