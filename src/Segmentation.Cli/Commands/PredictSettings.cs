using System.ComponentModel;
using Spectre.Console;
using Segmentation.Cli.Pseudonyms;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment predict</c> (docs/prediction.md): the model options and the output file.</summary>
internal sealed class PredictSettings : PredictionSettings, IPseudonymSettings
{
    [CommandOption("-o|--out|--output <FILE>")]
    [Description("Write one row per customer (customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv), ordered by customer_id.")]
    public string? Out { get; set; }

    [CommandOption("--pseudonymize-key-file <FILE>")]
    [Description(PseudonymOptions.KeyFileHelp)]
    public string? PseudonymizeKeyFile { get; set; }

    [CommandOption("--pseudonymize-key-env")]
    [Description(PseudonymOptions.KeyEnvHelp)]
    public bool PseudonymizeKeyEnv { get; set; }

    public override ValidationResult Validate()
    {
        if (FromDatabase)
        {
            return ValidationResult.Error("segment predict reads a CSV file; --connection works with rfm, report and evaluate.");
        }

        var pseudonyms = PseudonymOptions.Validate(this);
        return pseudonyms.Successful ? base.Validate() : pseudonyms;
    }
}
