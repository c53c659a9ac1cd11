using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>
/// Reads the orders and the other activity files into one <see cref="CustomerProfileBuilder"/> and
/// hands it to the library's <see cref="CustomerTypeRun"/>: the join, the profile figures and the
/// types are the library's; the tool only turns rows into calls.
/// </summary>
internal static class ActivityLoader
{
    public static CustomerTypeRun Run(CliEnvironment environment, CsvInputSettings settings, string orders, ActivityFiles files, SegmentSetMode mode, InvalidRows invalid)
    {
        // With --as-of, a later row is invalid (as in rfm); without, the as-of is the day after the latest date of any file.
        var builder = settings.AsOfDate is { } asOf
            ? new CustomerProfileBuilder(new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : new CustomerProfileBuilder();
        Read(environment, settings, orders, ActivitySource.Orders(settings.Columns), builder, invalid);
        foreach (var (kind, path) in files.Given)
        {
            Read(environment, settings, path, ActivitySource.Of(kind, settings.CustomerColumn), builder, invalid);
        }

        var options = new CustomerTypeOptions { SuppressionList = settings.SuppressionList(environment) };
        var run = CustomerTypeRun.FromSources(builder, mode, options, environment.Cancellation);
        return run.Profiles.Count > 0
            ? run
            : throw new SegmentationException("The input files have no valid rows, so there is no customer to type. Check the files, the column names and --skip-invalid.", "input");
    }

    private static void Read(CliEnvironment environment, CsvInputSettings settings, string input, ActivitySource source, CustomerProfileBuilder builder, InvalidRows invalid) =>
        TransactionLoader.WithProgress(
            environment,
            settings,
            input,
            (path, progress) =>
            {
                using var stream = Utf8TransactionReader.OpenInput(path);
                var reader = new ActivityCsvReader { Source = source, Dialect = settings.Dialect, SkipInvalid = settings.SkipInvalid, AsOf = settings.AsOfDate, Progress = progress };
                var rows = reader.Read(path, stream, builder, invalid, environment.Cancellation);
                if (reader.DroppedBytes > 0)
                {
                    environment.Error.MarkupLine(CultureInfo.InvariantCulture, "[yellow]{0} grew while it was read: its last {1:N0} bytes, a row not yet complete, were left out.[/]", Markup.Escape(input), reader.DroppedBytes);
                }

                return rows;
            },
            rows => rows,
            named: true);
}
