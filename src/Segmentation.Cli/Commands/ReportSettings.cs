using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment report</c>.</summary>
internal sealed class ReportSettings : PredictionSettings
{
    [CommandOption("-o|--out|--output <FILE>")]
    [Description("The HTML file to write.")]
    [DefaultValue("segment-report.html")]
    public string Output { get; set; } = "segment-report.html";

    [CommandOption("--previous <FILE>")]
    [Description("Transactions of an earlier snapshot (same columns): adds the segment migration matrix.")]
    public string? Previous { get; set; }

    [CommandOption("--previous-as-of <DATE>")]
    [Description("Adds the migration matrix from an earlier snapshot of the same file: the rows dated before this date (yyyy-MM-dd), scored as of it.")]
    public string? PreviousAsOf { get; set; }

    [CommandOption("--visits <FILE>")]
    [Description(ActivityFiles.VisitsHelp + " Any of these five adds the customer-type section.")]
    public string? Visits { get; set; }

    [CommandOption("--tickets <FILE>")]
    [Description(ActivityFiles.TicketsHelp)]
    public string? Tickets { get; set; }

    [CommandOption("--reviews <FILE>")]
    [Description(ActivityFiles.ReviewsHelp)]
    public string? Reviews { get; set; }

    [CommandOption("--referrals <FILE>")]
    [Description(ActivityFiles.ReferralsHelp)]
    public string? Referrals { get; set; }

    [CommandOption("--nps <FILE>")]
    [Description(ActivityFiles.NpsHelp)]
    public string? Nps { get; set; }

    public ActivityFiles Files => new(Visits, Tickets, Reviews, Referrals, Nps);

    [CommandOption("--predict")]
    [Description("Adds the prediction section: the model options of segment predict (--model, --calibration-end, --time-unit, --horizon, --discount-rate) fit a model; with --calibration-end before the as-of, the chart of predicted against actual holdout purchases.")]
    public bool Predict { get; set; }

    public override ValidationResult Validate()
    {
        if (FromDatabase && (Predict || Files.Any))
        {
            return ValidationResult.Error("--predict and the activity files (--visits, ...) read the orders line by line from a CSV file; with --connection the database groups them, so leave them out.");
        }

        if (!Predict && HasPredictionOptions)
        {
            return ValidationResult.Error("--model, --calibration-end, --time-unit, --horizon and --discount-rate set up the prediction section; add --predict.");
        }

        if (Previous is not null && PreviousAsOf is not null)
        {
            return ValidationResult.Error("Pass either --previous or --previous-as-of, not both.");
        }

        if (PreviousAsOf is not null && !DateOnly.TryParseExact(PreviousAsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--previous-as-of '{PreviousAsOf}' is not a date in the form yyyy-MM-dd.");
        }

        var result = base.Validate();
        return result.Successful && PreviousAsOfDate is { } previous && AsOfDate is { } asOf && previous >= asOf
            ? ValidationResult.Error(EarlierSnapshotError(previous, asOf))
            : result;
    }

    public DateOnly? PreviousAsOfDate => PreviousAsOf is null ? null : DateOnly.ParseExact(PreviousAsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The migration runs from the earlier snapshot to the later one; the other way round it would draw every move backwards.</summary>
    public static string EarlierSnapshotError(DateOnly previous, DateOnly asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"--previous-as-of {previous:yyyy-MM-dd} is not earlier than the as-of date {asOf:yyyy-MM-dd}; the migration goes from the earlier snapshot to the later one, so pass a date before {asOf:yyyy-MM-dd}.");
}
