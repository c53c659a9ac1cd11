using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Cli.Report;
using Segmentation.Cli.Rfm;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment rfm</c>: the contract of DESIGN.md section 6.</summary>
internal sealed class RfmCommand(CliEnvironment environment) : Command<RfmSettings>
{
    public override int Execute(CommandContext context, RfmSettings settings, CancellationToken cancellationToken)
    {
        // The key first: a key that cannot be used stops the run before the input is read.
        var pseudonymizer = PseudonymOptions.Load(environment, settings);
        var timings = new PhaseTimings();
        var invalid = new InvalidRows();
        var options = new RfmRunOptions { Scoring = settings.ScoringOptions, AsOf = settings.AsOfDate, Suppression = settings.Suppression };
        RfmRun run;
        long transactions;
        if (settings.FromDatabase)
        {
            var grouped = DatabaseLoader.Load(environment, settings).Current;
            timings.End("read and aggregate in the database");
            transactions = grouped.Transactions;
            run = RfmPipeline.Run(grouped, options, environment.Cancellation);
        }
        else
        {
            var aggregates = TransactionLoader.Load(environment, settings, settings.Input, invalid).Current;
            timings.End("read, parse and aggregate");
            if (aggregates.Count == 0)
            {
                throw TableRuns.NothingToScore();
            }

            transactions = aggregates.Transactions;
            run = RfmPipeline.Run(aggregates, options, environment.Cancellation);
        }

        timings.End("sort and score");
        if (settings.Out is not null)
        {
            var ids = ExportIds.Of(pseudonymizer, run.Aggregates.CustomerIdArray!, environment.Cancellation);
            OutputWriter.Write(environment, settings.Out, settings.CreateDirs, stream => ScoresCsvWriter.Write(stream, run, ids, environment.Cancellation));
            PseudonymKeyIdFile.Write(environment, settings.Out, settings.CreateDirs, pseudonymizer);
            timings.End("write");
            environment.Error.MarkupLine($"Wrote {SummaryTables.N0(run.Count)} customers to [bold]{Markup.Escape(OutputWriter.Describe(settings.Out))}[/].");

            // Without the table, an empty score or segment would pass unexplained.
            foreach (var note in run.Notes)
            {
                environment.Error.WriteLine("Note: " + note);
            }
        }

        if (settings.Out is null)
        {
            var console = OutputWriter.Console(environment, settings.Report);
            console.Write(SummaryTables.RunFacts(run, invalid));
            console.Write(SummaryTables.Segments(run));
        }

        if (settings.Report is not null)
        {
            var model = ReportModel.Create(run, previous: null, settings.SourceName, invalid.Count);
            OutputWriter.Write(environment, settings.Report, settings.CreateDirs, stream => HtmlReport.Write(stream, model));
            environment.Error.MarkupLine($"Wrote the report to [bold]{Markup.Escape(OutputWriter.Describe(settings.Report))}[/].");
        }

        SummaryTables.WriteSkipped(environment.Error, invalid);
        if (settings.Timings)
        {
            // Straight to the writer: one line per figure at any console width, for scripts that read them.
            var writer = environment.Error.Profile.Out.Writer;
            writer.WriteLine(timings.Describe(transactions + invalid.Count));
            writer.Flush();
        }

        return ExitCodes.Ok;
    }
}
