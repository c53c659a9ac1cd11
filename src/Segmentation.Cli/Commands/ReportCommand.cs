using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Predict;
using Segmentation.Cli.Report;
using Segmentation.Cli.Rfm;
using Segmentation.Definitions;
using Segmentation.Prediction.Runs;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment report</c>: the offline HTML report for a transaction CSV.</summary>
internal sealed class ReportCommand(CliEnvironment environment) : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var invalid = new InvalidRows();
        // One pass aggregates the run and, with --previous-as-of, the earlier snapshot (the rows before it).
        var cut = settings.PreviousAsOfDate;
        // The prediction summarises the lines itself, so with --predict it gets them all.
        List<RfmTransaction>? rows = settings.Predict ? [] : null;
        var read = TransactionLoader.Load(environment, settings, settings.Input, invalid, cut, rows is null ? null : t => rows.Add(t with { OrderId = null }));
        var run = TableRuns.Run(read.Current, settings.ScoringOptions, settings.AsOfDate, environment.Cancellation);
        RfmRun? previous = null;
        if (cut is not null && read.Previous is not null)
        {
            // Without --as-of the later date comes from the data, so it is checked here.
            if (cut >= run.AsOf)
            {
                throw new UsageException(ReportSettings.EarlierSnapshotError(cut.Value, run.AsOf));
            }

            previous = TableRuns.Run(read.Previous, settings.ScoringOptions, cut, environment.Cancellation);
        }
        else if (settings.Previous is not null)
        {
            var earlier = TransactionLoader.Load(environment, settings, settings.Previous, invalid).Current;
            previous = TableRuns.Run(earlier, settings.ScoringOptions, asOf: null, environment.Cancellation);
        }

        var console = OutputWriter.Console(environment, settings.Output);
        console.Write(SummaryTables.RunFacts(run, invalid));
        console.Write(SummaryTables.Segments(run));
        console.Write(SummaryTables.Concentration(run));
        PredictionRun? prediction = null;
        if (rows is not null)
        {
            prediction = PredictionPipeline.Run(rows, settings.RunOptions(run.AsOf), environment.Cancellation);
            console.Write(PredictionTables.Fit(prediction));
            if (prediction.Holdout is { } holdout)
            {
                console.Write(PredictionTables.Holdout(prediction, holdout));
            }
        }

        var model = ReportModel.Create(run, previous, Path.GetFileName(settings.Input), invalid.Count, prediction);
        var typeInvalid = new InvalidRows();
        if (settings.Files.Any)
        {
            // The orders are read again, as `segment types` reads them (order lines, promotions), and joined with the other files.
            var types = ActivityLoader.Run(environment, settings, settings.Input, settings.Files, SegmentSetMode.FirstMatch, typeInvalid);
            console.Write(SummaryTables.CustomerTypes(types));
            model = model with { CustomerTypes = ReportCustomerTypes.Of(types, [.. settings.Files.Given.Select(f => f.Path).Prepend(settings.Input).Select(Path.GetFileName).OfType<string>()]) };
        }

        OutputWriter.Write(environment, settings.Output, settings.CreateDirs, stream => HtmlReport.Write(stream, model));
        environment.Error.MarkupLine($"Wrote the report to [bold]{Markup.Escape(settings.Output)}[/].");
        SummaryTables.WriteSkipped(environment.Error, invalid);
        SummaryTables.WriteSkipped(environment.Error, typeInvalid, withFile: true);
        return ExitCodes.Ok;
    }
}
