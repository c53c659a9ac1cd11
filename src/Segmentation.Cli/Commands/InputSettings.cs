using System.ComponentModel;
using System.Globalization;
using Segmentation.Rfm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of the commands that score RFM from a transaction CSV: the input options and the scoring.</summary>
internal class InputSettings : CsvInputSettings
{
    [CommandOption("--bins <N>")]
    [Description("Number of scores per dimension (2 to 9 suit the rfm code).")]
    [DefaultValue("5")]
    public string BinsText { get; set; } = "5";

    /// <summary>Gets --bins as a number (checked in <see cref="Validate"/>).</summary>
    public int Bins => NumberOptions.Whole(BinsText, "--bins");

    [CommandOption("--method <METHOD>")]
    [Description("quantile (ties share a score) or ntile (SQL NTILE; ties broken by customer_id).")]
    [DefaultValue("quantile")]
    public string Method { get; set; } = "quantile";

    public RfmScoringOptions ScoringOptions => new()
    {
        Bins = Bins,
        Method = string.Equals(Method, "ntile", StringComparison.OrdinalIgnoreCase) ? RfmMethod.Ntile : RfmMethod.Quantile,
    };

    public override ValidationResult Validate()
    {
        if (NumberOptions.TryWhole(BinsText) is not { } bins)
        {
            return ValidationResult.Error($"{NumberOptions.NotWhole("--bins", BinsText)}; use 2 to 9 so that the rfm code 100R+10F+M stays readable.");
        }

        if (bins is < 2 or > 9)
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--bins {bins} is out of range; use 2 to 9 so that the rfm code 100R+10F+M stays readable."));
        }

        if (!string.Equals(Method, "quantile", StringComparison.OrdinalIgnoreCase) && !string.Equals(Method, "ntile", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--method '{Method}' is unknown; use quantile or ntile.");
        }

        return base.Validate();
    }
}
