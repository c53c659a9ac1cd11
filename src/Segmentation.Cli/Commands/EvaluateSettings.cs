using System.ComponentModel;
using System.Globalization;
using Segmentation.Privacy;
using Spectre.Console;
using Segmentation.Cli.Pseudonyms;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment evaluate</c>.</summary>
internal sealed class EvaluateSettings : SourceSettings, IPseudonymSettings
{
    [CommandOption("--definitions <FILE>")]
    [Description("A segment-set JSON document (docs/json-format.md); its mode and fallback are used.")]
    public string Definitions { get; set; } = string.Empty;

    [CommandOption("--customers <FILE>")]
    [Description("CSV of customers with a header; the id column plus one column per field (kinds inferred from the values). Or read a table with --connection.")]
    public string Customers { get; set; } = string.Empty;

    [CommandOption("--id-column <NAME>")]
    [Description("Header name of the customer id column.")]
    [DefaultValue("customer_id")]
    public string IdColumn { get; set; } = "customer_id";

    [CommandOption("-o|--out|--output <FILE>")]
    [Description("Write customer_id,segments (segments joined by ';'). Without it a summary table is printed.")]
    public string? Out { get; set; }

    [CommandOption("--pseudonymize-key-file <FILE>")]
    [Description(PseudonymOptions.KeyFileHelp)]
    public string? PseudonymizeKeyFile { get; set; }

    [CommandOption("--pseudonymize-key-env")]
    [Description(PseudonymOptions.KeyEnvHelp)]
    public bool PseudonymizeKeyEnv { get; set; }

    [CommandOption("--explain <ID>")]
    [Description("Print why the customer with this id is or is not in each segment.")]
    public string? Explain { get; set; }

    [CommandOption("--as-of <INSTANT>")]
    [Description("Instant relative time windows are measured from (ISO date or date-time, UTC without an offset). Default: now.")]
    public string? AsOf { get; set; }

    [CommandOption("--min-group-size <N>")]
    [Description("Suppress segment counts of fewer than N customers in the summary, with the next smallest where the total would give them back. 0 switches it off.")]
    [DefaultValue(CsvInputSettings.DefaultMinGroupSizeText)]
    public string MinGroupSizeText { get; set; } = CsvInputSettings.DefaultMinGroupSizeText;

    /// <summary>Gets --min-group-size as a number (checked in <see cref="Validate"/>).</summary>
    public int MinGroupSize => NumberOptions.Whole(MinGroupSizeText, "--min-group-size");

    [CommandOption("--create-dirs")]
    [Description("Create the output file's missing folders instead of stopping with an error.")]
    public bool CreateDirs { get; set; }

    public SmallCellSuppression Suppression => new(MinGroupSize);

    public DateTimeOffset? AsOfInstant => AsOf is null ? null : DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override ValidationResult Validate()
    {
        var source = ValidateSource(!string.IsNullOrEmpty(Customers), "--customers");
        if (!source.Successful)
        {
            return source;
        }

        var pseudonyms = PseudonymOptions.Validate(this);
        if (!pseudonyms.Successful)
        {
            return pseudonyms;
        }

        if (string.IsNullOrEmpty(Definitions) || (string.IsNullOrEmpty(Customers) && !FromDatabase))
        {
            return ValidationResult.Error("Both --definitions <file.json> and --customers <file.csv> (or --connection with --table or --query) are required.");
        }

        if (CsvInputSettings.MinGroupSizeError(MinGroupSizeText) is { } minGroupSize)
        {
            return ValidationResult.Error(minGroupSize);
        }

        return AsOf is not null && !DateTimeOffset.TryParse(AsOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? ValidationResult.Error($"--as-of '{AsOf}' is not an ISO date or date-time (e.g. 2025-01-01 or 2025-01-01T12:00:00Z).")
            : ValidationResult.Success();
    }
}
