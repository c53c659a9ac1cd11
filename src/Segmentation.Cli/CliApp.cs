using System.Globalization;
using System.Reflection;
using Segmentation.Cli.Commands;
using Segmentation.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli;

/// <summary>Builds the command tree and turns every failure into a message and a documented exit code.</summary>
internal static class CliApp
{
    /// <summary>Gets the tool's version as <c>segment --version</c> prints it: the package version and the commit.</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.Settings.Registrar.RegisterInstance(environment);
            config.SetApplicationName("segment");
            config.SetApplicationVersion(Version);
            config.Settings.Culture = CultureInfo.InvariantCulture;
            config.ConfigureConsole(environment.Out);
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            config.AddExample("demo");
            config.AddExample("rfm", "transactions.csv", "--out", "scores.csv");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Runs RFM and the revenue concentration on an embedded, seeded sample and writes segment-report.html. No input needed.")
                .WithExample("demo")
                .WithExample("demo", "--out", "demo.html", "--write-sample", "sample.csv");
            config.AddCommand<RfmCommand>("rfm")
                .WithDescription("Scores customers by recency, frequency and monetary value from a CSV of transactions.")
                .WithExample("rfm", "transactions.csv")
                .WithExample("rfm", "transactions.csv", "--as-of", "2024-01-01", "--bins", "5", "--method", "ntile", "--out", "scores.csv")
                .WithExample("rfm", "orders.csv", "--customer-column", "client", "--date-column", "created_at", "--amount-column", "total", "--skip-invalid");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Writes the offline HTML report (segments, RFM heatmap, Lorenz curve, migration) for a CSV of transactions.")
                .WithExample("report", "transactions.csv", "--out", "report.html")
                .WithExample("report", "transactions.csv", "--previous-as-of", "2024-01-01");
            config.AddCommand<TypesCommand>("types")
                .WithDescription("Assigns the seven customer types (complaining, lost, brand advocate, new, loyal, casual, potential) from orders plus optional visits, tickets, reviews, referrals and NPS CSVs.")
                .WithExample("types", "orders.csv", "--tickets", "tickets.csv", "--reviews", "reviews.csv", "--out", "types.csv")
                .WithExample("types", "orders.csv", "--visits", "visits.csv", "--referrals", "referrals.csv", "--nps", "nps.csv", "--overlapping");
            config.AddCommand<PredictCommand>("predict")
                .WithDescription("Fits a buy-till-you-die model (BG/NBD, MBG/NBD, Pareto/NBD) and Gamma-Gamma to a CSV of transactions and predicts P(alive), purchases, spend and CLV per customer.")
                .WithExample("predict", "transactions.csv", "--out", "predictions.csv")
                .WithExample("predict", "transactions.csv", "--model", "pareto-nbd", "--calibration-end", "2024-06-30", "--time-unit", "days", "--horizon", "180", "--discount-rate", "0.08");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Evaluates a segment-set JSON document over customer rows from a CSV (one column per field).")
                .WithExample("evaluate", "--definitions", "segments.json", "--customers", "customers.csv")
                .WithExample("evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--out", "segments.csv")
                .WithExample("evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--explain", "C042");
        });

        try
        {
            return await app.RunAsync(OutputWriter.JoinDashValues(args), environment.Cancellation).ConfigureAwait(false);
        }
        catch (CommandAppException ex)
        {
            environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message + CommandSuggestions.For(ex.Message, args))}");
            environment.Error.MarkupLine("Run [bold]segment --help[/] or [bold]segment <command> --help[/] for usage.");
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            environment.Error.MarkupLine("[yellow]Cancelled.[/] No output file was written.");
            return ExitCodes.Cancelled;
        }
        catch (SegmentationException ex)
        {
            environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InvalidInput;
        }
        catch (OutputException ex)
        {
            environment.Error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.OutputFailed;
        }
#pragma warning disable CA1031 // The top level must turn any bug into an exit code and a message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            environment.Error.MarkupLine($"[red]internal error:[/] {Markup.Escape(ex.ToString())}");
            return ExitCodes.InternalError;
        }
    }
}
