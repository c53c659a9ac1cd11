using System.ComponentModel;
using Spectre.Console;
using Segmentation.Cli.Pseudonyms;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment types</c>: the orders' input options, the other activity files and the output.</summary>
internal sealed class TypesSettings : CsvInputSettings, IPseudonymSettings
{
    [CommandOption("--visits <FILE>")]
    [Description(ActivityFiles.VisitsHelp)]
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

    [CommandOption("--overlapping")]
    [Description("Give every type a customer matches (joined by ';', possibly none) instead of the first by priority: Complaining, Lost, Brand advocate, New, Loyal, Casual, Potential, else Other.")]
    public bool Overlapping { get; set; }

    [CommandOption("-o|--out|--output <FILE>")]
    [Description("Write one row per customer (customer_id,types and the profile figures), ordered by customer_id. Without it only the summary table is printed.")]
    public string? Out { get; set; }

    [CommandOption("--pseudonymize-key-file <FILE>")]
    [Description(PseudonymOptions.KeyFileHelp)]
    public string? PseudonymizeKeyFile { get; set; }

    [CommandOption("--pseudonymize-key-env")]
    [Description(PseudonymOptions.KeyEnvHelp)]
    public bool PseudonymizeKeyEnv { get; set; }

    public ActivityFiles Files => new(Visits, Tickets, Reviews, Referrals, Nps);

    public override ValidationResult Validate()
    {
        if (FromDatabase)
        {
            return ValidationResult.Error("segment types reads CSV files; --connection works with rfm, report and evaluate.");
        }

        var pseudonyms = PseudonymOptions.Validate(this);
        return pseudonyms.Successful ? base.Validate() : pseudonyms;
    }
}
