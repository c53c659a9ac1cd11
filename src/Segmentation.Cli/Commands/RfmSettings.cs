using System.ComponentModel;
using Segmentation.Cli.Pseudonyms;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment rfm</c> (DESIGN.md section 6).</summary>
internal sealed class RfmSettings : InputSettings, IPseudonymSettings
{
    [CommandOption("-o|--out|--output <FILE>")]
    [Description("Write one row per customer (customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment), ordered by customer_id. Without it a summary table is printed.")]
    public string? Out { get; set; }

    [CommandOption("--pseudonymize-key-file <FILE>")]
    [Description(PseudonymOptions.KeyFileHelp)]
    public string? PseudonymizeKeyFile { get; set; }

    [CommandOption("--pseudonymize-key-env")]
    [Description(PseudonymOptions.KeyEnvHelp)]
    public bool PseudonymizeKeyEnv { get; set; }

    [CommandOption("--report <FILE>")]
    [Description("Also write the offline HTML report to this file.")]
    public string? Report { get; set; }

    [CommandOption("--timings")]
    [Description("Print the time of each phase (read, score, write) and the peak memory to stderr.")]
    public bool Timings { get; set; }

    public override ValidationResult Validate()
    {
        var pseudonyms = PseudonymOptions.Validate(this);
        return pseudonyms.Successful ? base.Validate() : pseudonyms;
    }
}
