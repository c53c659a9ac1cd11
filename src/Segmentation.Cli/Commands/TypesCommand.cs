using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Definitions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment types</c>: the seven customer types from the orders and optional visits, tickets, reviews, referrals and NPS answers.</summary>
internal sealed class TypesCommand(CliEnvironment environment) : Command<TypesSettings>
{
    public override int Execute(CommandContext context, TypesSettings settings, CancellationToken cancellationToken)
    {
        var pseudonymizer = PseudonymOptions.Load(environment, settings);
        var invalid = new InvalidRows();
        var mode = settings.Overlapping ? SegmentSetMode.AllMatches : SegmentSetMode.FirstMatch;
        var run = ActivityLoader.Run(environment, settings, settings.Input, settings.Files, mode, invalid, settings.AsOfDate);
        if (settings.Out is not null)
        {
            var ids = ExportIds.Of(pseudonymizer, [.. run.Profiles.Select(p => p.CustomerId)], environment.Cancellation);
            OutputWriter.Write(environment, settings.Out, settings.CreateDirs, stream => CustomerTypesCsvWriter.Write(stream, run, ids, environment.Cancellation));
            PseudonymKeyIdFile.Write(environment, settings.Out, settings.CreateDirs, pseudonymizer);
            environment.Error.MarkupLine($"Wrote {SummaryTables.N0(run.Profiles.Count)} customers to [bold]{Markup.Escape(OutputWriter.Describe(settings.Out))}[/].");
        }

        var console = OutputWriter.Console(environment, settings.Out);
        console.MarkupLine(System.Globalization.CultureInfo.InvariantCulture, "As of {0:yyyy-MM-dd}", run.AsOf);
        console.Write(SummaryTables.CustomerTypes(run, settings.Suppression));
        SummaryTables.WriteSkipped(environment.Error, invalid, withFile: true);
        return ExitCodes.Ok;
    }
}
