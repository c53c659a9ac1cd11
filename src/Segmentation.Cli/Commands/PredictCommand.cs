using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Predict;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Cli.Rfm;
using Segmentation.Prediction.Runs;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment predict</c>: reads transactions, runs <see cref="PredictionPipeline"/>, writes the rows and prints the fit.</summary>
internal sealed class PredictCommand(CliEnvironment environment) : Command<PredictSettings>
{
    public override int Execute(CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        var pseudonymizer = PseudonymOptions.Load(environment, settings);
        var invalid = new InvalidRows();
        // The library summarises the lines itself, so it gets them all (without order ids, as before).
        var rows = new List<RfmTransaction>();
        var read = TransactionLoader.Load(environment, settings, settings.Input, invalid, onRow: t => rows.Add(t with { OrderId = null }));
        if (rows.Count == 0)
        {
            throw TableRuns.NothingToScore();
        }

        // The as-of date of the read: the given one, else the day after the latest line.
        var options = settings.RunOptions(read.Current.AsOf!.Value);
        var run = PredictionPipeline.Run(rows, options, environment.Cancellation);

        if (settings.Out is not null)
        {
            var ids = ExportIds.Of(pseudonymizer, [.. run.Customers.Select(c => c.CustomerId)], environment.Cancellation);
            OutputWriter.Write(environment, settings.Out, settings.CreateDirs, stream => PredictionCsvWriter.Write(stream, run, ids, environment.Cancellation));
            PseudonymKeyIdFile.Write(environment, settings.Out, settings.CreateDirs, pseudonymizer);
            environment.Error.MarkupLine($"Wrote {SummaryTables.N0(run.Customers.Count)} customers to [bold]{Markup.Escape(OutputWriter.Describe(settings.Out))}[/].");
        }

        var console = OutputWriter.Console(environment, settings.Out);
        console.Write(PredictionTables.Fit(run));
        if (run.Holdout is { } holdout)
        {
            console.Write(PredictionTables.Holdout(run, holdout, settings.Suppression));
        }

        SummaryTables.WriteSkipped(environment.Error, invalid);
        return ExitCodes.Ok;
    }
}
