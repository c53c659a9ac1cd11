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
        var (run, previous) = settings.FromDatabase ? ReadDatabase(settings, cut) : ReadFile(settings, invalid, cut, rows);
        if (previous is null && settings.Previous is not null)
        {
            var earlier = TransactionLoader.Load(environment, settings, settings.Previous, invalid).Current;
            previous = TableRuns.Run(earlier, settings.ScoringOptions, asOf: null, settings.Suppression, environment.Cancellation);
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
                console.Write(PredictionTables.Holdout(prediction, holdout, settings.Suppression));
            }
        }

        var model = ReportModel.Create(run, previous, settings.SourceName, invalid.Count, prediction);
        var typeInvalid = new InvalidRows();
        if (settings.Files.Any)
        {
            // The orders are read again, as `segment types` reads them (order lines, promotions), and joined
            // with the other files, as of the RFM run's date: one report, one as-of.
            var types = ActivityLoader.Run(environment, settings, settings.Input, settings.Files, SegmentSetMode.FirstMatch, typeInvalid, run.AsOf);
            console.Write(SummaryTables.CustomerTypes(types, settings.Suppression));
            model = model with { CustomerTypes = ReportCustomerTypes.Of(types, [.. settings.Files.Given.Select(f => f.Path).Prepend(settings.Input).Select(Path.GetFileName).OfType<string>()], settings.Suppression) };
        }

        OutputWriter.Write(environment, settings.Output, settings.CreateDirs, stream => HtmlReport.Write(stream, model));
        environment.Error.MarkupLine($"Wrote the report to [bold]{Markup.Escape(OutputWriter.Describe(settings.Output))}[/].");
        SummaryTables.WriteSkipped(environment.Error, invalid);
        SummaryTables.WriteSkipped(environment.Error, typeInvalid, withFile: true);
        return ExitCodes.Ok;
    }

    private (RfmRun Run, RfmRun? Previous) ReadFile(ReportSettings settings, InvalidRows invalid, DateOnly? cut, List<RfmTransaction>? rows)
    {
        var read = TransactionLoader.Load(environment, settings, settings.Input, invalid, cut, rows is null ? null : t => rows.Add(t with { OrderId = null }));
        var run = TableRuns.Run(read.Current, settings.ScoringOptions, settings.AsOfDate, settings.Suppression, environment.Cancellation);
        return (run, cut is not null && read.Previous is not null ? Earlier(run, cut.Value, () => TableRuns.Run(read.Previous, settings.ScoringOptions, cut, settings.Suppression, environment.Cancellation)) : null);
    }

    /// <summary>The run and, with --previous-as-of, the earlier one, each grouped by the database.</summary>
    private (RfmRun Run, RfmRun? Previous) ReadDatabase(ReportSettings settings, DateOnly? cut)
    {
        var grouped = DatabaseLoader.Load(environment, settings, cut);
        var run = RfmPipeline.Run(grouped.Current, new RfmRunOptions { Scoring = settings.ScoringOptions, AsOf = settings.AsOfDate, Suppression = settings.Suppression }, environment.Cancellation);
        return (run, grouped.Previous is { } earlier ? Earlier(run, cut!.Value, () => RfmPipeline.Run(earlier, new RfmRunOptions { Scoring = settings.ScoringOptions, AsOf = cut, Suppression = settings.Suppression }, environment.Cancellation)) : null);
    }

    // Without --as-of the later date comes from the data, so it is checked here.
    private static RfmRun Earlier(RfmRun run, DateOnly cut, Func<RfmRun> score) =>
        cut >= run.AsOf ? throw new UsageException(ReportSettings.EarlierSnapshotError(cut, run.AsOf)) : score();
}
