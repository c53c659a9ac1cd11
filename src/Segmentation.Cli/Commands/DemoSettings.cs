using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment demo</c>.</summary>
internal sealed class DemoSettings : CommandSettings
{
    [CommandOption("-o|--out|--output <FILE>")]
    [Description("The HTML report to write.")]
    [DefaultValue("segment-report.html")]
    public string Output { get; set; } = "segment-report.html";

    [CommandOption("--customers <N>")]
    [Description("Number of synthetic customers.")]
    [DefaultValue(5000)]
    public int Customers { get; set; } = 5000;

    [CommandOption("--seed <N>")]
    [Description("Random seed; the same seed gives the same sample.")]
    [DefaultValue(20240101)]
    public int Seed { get; set; } = 20240101;

    [CommandOption("--write-sample <FILE>")]
    [Description("Also write the sample transactions as a CSV in the rfm input contract.")]
    public string? WriteSample { get; set; }

    [CommandOption("--write-sources <DIR>")]
    [Description("Also write the sample's activity as the input files of segment types (orders.csv with promotions, visits.csv, tickets.csv, reviews.csv, referrals.csv, nps.csv) into this folder, created if missing.")]
    public string? WriteSources { get; set; }

    [CommandOption("--create-dirs")]
    [Description("Create the output file's missing folders instead of stopping with an error.")]
    public bool CreateDirs { get; set; }

    public override ValidationResult Validate() =>
        Customers is < 10 or > 5_000_000
            ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--customers {Customers} is out of range; use 10 to 5,000,000."))
            : ValidationResult.Success();
}
