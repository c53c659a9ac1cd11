using System.Globalization;
using Segmentation.Cli.Demo;
using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Report;
using Segmentation.Cli.Rfm;
using Segmentation.CustomerTypes;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment demo</c>: the whole tool on an embedded, seeded sample; no input needed.</summary>
internal sealed class DemoCommand(CliEnvironment environment) : Command<DemoSettings>
{
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var table = DemoSample.Generate(settings.Customers, settings.Seed);
        var console = OutputWriter.Console(environment, settings.Output, settings.WriteSample);
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]segment demo[/]: a synthetic shop, {0} customers, {1} orders from {2:yyyy-MM-dd} to {3:yyyy-MM-dd} (seed {4}).", SummaryTables.N0(table.CustomerCount), SummaryTables.N0(table.Count), DemoSample.Start, DemoSample.End, settings.Seed);
        if (settings.WriteSample is not null)
        {
            OutputWriter.Write(environment, settings.WriteSample, settings.CreateDirs, stream => SampleCsvWriter.Write(stream, table));
            console.MarkupLine($"Wrote the sample transactions to [bold]{Markup.Escape(OutputWriter.Describe(settings.WriteSample))}[/].");
        }

        var options = new RfmScoringOptions();
        var run = TableRuns.Run(table, options, DemoSample.AsOf, environment.Cancellation);
        var previous = TableRuns.Run(table.Before(DemoSample.PreviousAsOf), options, DemoSample.PreviousAsOf, environment.Cancellation);
        console.Write(SummaryTables.RunFacts(run, new InvalidRows()));
        console.Write(SummaryTables.Segments(run));
        console.Write(SummaryTables.Concentration(run));
        var activity = DemoProfiles.Activity(table, settings.Seed);
        var types = CustomerTypeRun.FromSources(activity.Feed(new CustomerProfileBuilder(DemoProfiles.AsOf)), cancellationToken: environment.Cancellation);
        // The type set also sees the shop's prospects (people who interacted but never ordered), so its
        // total is larger than the RFM tables' customers; the table says so.
        console.Write(SummaryTables.CustomerTypes(types, run.Suppression));
        if (settings.WriteSources is not null)
        {
            WriteSources(console, settings.WriteSources, activity);
        }

        var model = ReportModel.Create(run, previous, "demo sample", skippedRows: 0) with
        {
            CustomerTypes = ReportCustomerTypes.Of(types, [.. DemoSourcesWriter.Files.Select(f => f.File)], run.Suppression),
        };
        OutputWriter.Write(environment, settings.Output, settings.CreateDirs, stream => HtmlReport.Write(stream, model));
        console.MarkupLine($"Wrote the report to [bold]{Markup.Escape(OutputWriter.Describe(settings.Output, environment.Resolve))}[/]; open it in a browser (it works offline).");
        return ExitCodes.Ok;
    }

    private void WriteSources(IAnsiConsole console, string folder, DemoActivity activity)
    {
        foreach (var (file, _) in DemoSourcesWriter.Files)
        {
            OutputWriter.Write(environment, Path.Combine(folder, file), createDirectories: true, stream => DemoSourcesWriter.Write(file, stream, activity));
        }

        var command = string.Join(' ', DemoSourcesWriter.Files.Select(f => (f.Option is null ? string.Empty : f.Option + " ") + Path.Combine(folder, f.File)));
        console.MarkupLine(CultureInfo.InvariantCulture, $"Wrote the sample's activity files to [bold]{Markup.Escape(folder)}[/]; [bold]segment types {Markup.Escape(command)} --as-of {DemoSample.AsOf:yyyy-MM-dd}[/] gives the customer types above.");
    }
}
