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
    [DefaultValue("5000")]
    public string CustomersText { get; set; } = "5000";

    /// <summary>Gets --customers as a number (checked in <see cref="Validate"/>).</summary>
    public int Customers => NumberOptions.Whole(CustomersText, "--customers");

    [CommandOption("--seed <N>")]
    [Description("Random seed; the same seed gives the same sample.")]
    [DefaultValue("20240101")]
    public string SeedText { get; set; } = "20240101";

    /// <summary>Gets --seed as a number (checked in <see cref="Validate"/>).</summary>
    public int Seed => NumberOptions.Whole(SeedText, "--seed");

    [CommandOption("--write-sample <FILE>")]
    [Description("Also write the sample transactions as a CSV in the rfm input contract.")]
    public string? WriteSample { get; set; }

    [CommandOption("--write-sources <DIR>")]
    [Description("Also write the sample's activity as the input files of segment types (orders.csv with promotions, visits.csv, tickets.csv, reviews.csv, referrals.csv, nps.csv) into this folder, created if missing.")]
    public string? WriteSources { get; set; }

    [CommandOption("--create-dirs")]
    [Description("Create the output file's missing folders instead of stopping with an error.")]
    public bool CreateDirs { get; set; }

    public override ValidationResult Validate()
    {
        if (NumberOptions.TryWhole(SeedText) is null)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"{NumberOptions.NotWhole("--seed", SeedText)} from {int.MinValue} to {int.MaxValue}."));
        }

        return NumberOptions.TryWhole(CustomersText) switch
        {
            null => ValidationResult.Error($"{NumberOptions.NotWhole("--customers", CustomersText)}; use 10 to 5,000,000."),
            int customers when customers is < 10 or > 5_000_000 => ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--customers {customers} is out of range; use 10 to 5,000,000.")),
            _ => ValidationResult.Success(),
        };
    }
}
