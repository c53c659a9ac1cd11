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
    /// <summary>Reads the files and types the customers.</summary>
    /// <param name="environment">The console and the cancellation.</param>
    /// <param name="settings">The input options.</param>
    /// <param name="orders">The orders file as given on the command line.</param>
    /// <param name="files">The other activity files.</param>
    /// <param name="mode">First match or all matches.</param>
    /// <param name="invalid">Receives the rows skipped under --skip-invalid.</param>
    /// <param name="asOf">
    /// The as-of date: --as-of in <c>segment types</c>, the RFM run's in <c>segment report</c> (so
    /// that one report has one as-of). With one, a later row of any file is invalid, as in rfm;
    /// without, the as-of is the day after the latest date of any file.
    /// </param>
    public static CustomerTypeRun Run(CliEnvironment environment, CsvInputSettings settings, string orders, ActivityFiles files, SegmentSetMode mode, InvalidRows invalid, DateOnly? asOf)
    {
        // The list is read first: a bad --suppress path should not wait for the big files.
        var options = new CustomerTypeOptions { SuppressionList = settings.SuppressionList(environment) };
        var builder = asOf is { } day
            ? new CustomerProfileBuilder(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : new CustomerProfileBuilder();
        Read(environment, settings, orders, ActivitySource.Orders(settings.Columns), builder, invalid, asOf, options.SuppressionList);
        foreach (var (kind, path) in files.Given)
        {
            Read(environment, settings, path, ActivitySource.Of(kind, settings.CustomerColumn), builder, invalid, asOf, options.SuppressionList);
        }

        var run = CustomerTypeRun.FromSources(builder, mode, options, environment.Cancellation);
        return run.Profiles.Count > 0
            ? run
            : throw new SegmentationException("The input files have no valid rows, so there is no customer to type. Check the files, the column names and --skip-invalid.", "input");
    }

    private static void Read(CliEnvironment environment, CsvInputSettings settings, string input, ActivitySource source, CustomerProfileBuilder builder, InvalidRows invalid, DateOnly? asOf, Segmentation.Privacy.SuppressionList? suppressed) =>
        TransactionLoader.WithProgress(
            environment,
            settings,
            input,
            (path, progress) =>
            {
                using var stream = Utf8TransactionReader.OpenInput(path);
                var reader = new ActivityCsvReader { Source = source, Dialect = settings.Dialect, SkipInvalid = settings.SkipInvalid, AsOf = asOf, Suppressed = suppressed, Progress = progress };
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
