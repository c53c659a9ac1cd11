using Segmentation.Cli.Input;
using Segmentation.Cli.Output;
using Segmentation.Cli.Predict;
using Segmentation.Cli.Rfm;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary><c>segment predict</c>: reads transactions, runs <see cref="PredictionPipeline"/>, writes the rows and prints the fit.</summary>
internal sealed class PredictCommand(CliEnvironment environment) : Command<PredictSettings>
{
    public override int Execute(CommandContext context, PredictSettings settings, CancellationToken cancellationToken)
    {
        var invalid = new InvalidRows();
        var table = TransactionLoader.Load(environment, settings, settings.Input, invalid);
        if (table.Count == 0)
        {
            throw TableRuns.NothingToScore();
        }

        var asOf = settings.AsOfDate ?? LatestDate(table).AddDays(1);
        var calibrationEnd = settings.CalibrationEndDate ?? asOf;
        var options = new PredictionRunOptions(new SummaryOptions(calibrationEnd)
        {
            TimeUnit = settings.Unit,
            HoldoutEnd = calibrationEnd < asOf ? asOf : null,
        })
        {
            Model = settings.ModelKind,
            Horizon = settings.Horizon,
            AnnualDiscountRate = settings.DiscountRate,
        };
        var run = PredictionPipeline.Run(TransactionRows.Of(table), options, environment.Cancellation);

        if (settings.Out is not null)
        {
            OutputWriter.Write(environment, settings.Out, stream => PredictionCsvWriter.Write(stream, run, environment.Cancellation));
            environment.Error.MarkupLine($"Wrote {SummaryTables.N0(run.Customers.Count)} customers to [bold]{Markup.Escape(settings.Out)}[/].");
        }

        environment.Out.Write(PredictionTables.Fit(run));
        SummaryTables.WriteSkipped(environment.Error, invalid);
        return ExitCodes.Ok;
    }

    private static DateOnly LatestDate(TransactionTable table)
    {
        var latest = DateOnly.MinValue;
        foreach (var date in table.Dates)
        {
            latest = date > latest ? date : latest;
        }

        return latest;
    }
}
