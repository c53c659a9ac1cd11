using System.ComponentModel;
using System.Globalization;
using Segmentation.Definitions;
using Segmentation.Prediction.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options of <c>segment predict</c> (docs/prediction.md).</summary>
internal sealed class PredictSettings : InputSettings
{
    [CommandOption("--model <MODEL>")]
    [Description("bgnbd (BG/NBD), mbgnbd (MBG/NBD) or pareto-nbd (Pareto/NBD).")]
    [DefaultValue("bgnbd")]
    public string Model { get; set; } = "bgnbd";

    [CommandOption("--calibration-end <DATE>")]
    [Description("Last day of the calibration period (yyyy-MM-dd); later transactions up to the as-of are the holdout. Default: the as-of.")]
    public string? CalibrationEnd { get; set; }

    [CommandOption("--time-unit <UNIT>")]
    [Description("days or weeks: the unit of recency, T and the horizon.")]
    [DefaultValue("weeks")]
    public string TimeUnit { get; set; } = "weeks";

    [CommandOption("--horizon <N>")]
    [Description("Future period of expected_purchases and clv, in the time unit. Default: 52 weeks or 365 days.")]
    public double? Horizon { get; set; }

    [CommandOption("--discount-rate <RATE>")]
    [Description("Annual discount rate of the clv (0.1 for 10%).")]
    [DefaultValue(0.1)]
    public double DiscountRate { get; set; } = 0.1;

    [CommandOption("-o|--out|--output <FILE>")]
    [Description("Write one row per customer (customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv), ordered by customer_id.")]
    public string? Out { get; set; }

    public CountModelKind ModelKind => Model.ToLowerInvariant() switch
    {
        "mbgnbd" => CountModelKind.ModifiedBgNbd,
        "pareto-nbd" => CountModelKind.ParetoNbd,
        _ => CountModelKind.BgNbd,
    };

    public TimeUnit Unit => string.Equals(TimeUnit, "days", StringComparison.OrdinalIgnoreCase) ? Definitions.TimeUnit.Days : Definitions.TimeUnit.Weeks;

    public DateOnly? CalibrationEndDate => CalibrationEnd is null ? null : DateOnly.ParseExact(CalibrationEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful)
        {
            return common;
        }

        if (Model.ToLowerInvariant() is not ("bgnbd" or "mbgnbd" or "pareto-nbd"))
        {
            return ValidationResult.Error($"--model '{Model}' is unknown; use bgnbd, mbgnbd or pareto-nbd.");
        }

        if (CalibrationEnd is not null && !DateOnly.TryParseExact(CalibrationEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--calibration-end '{CalibrationEnd}' is not a date in the form yyyy-MM-dd.");
        }

        if (!string.Equals(TimeUnit, "days", StringComparison.OrdinalIgnoreCase) && !string.Equals(TimeUnit, "weeks", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--time-unit '{TimeUnit}' is unknown; use days or weeks.");
        }

        if (Horizon is { } horizon && !(horizon > 0 && double.IsFinite(horizon)))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--horizon {horizon} is not a positive number of {TimeUnit}."));
        }

        return DiscountRate >= 0 && double.IsFinite(DiscountRate)
            ? ValidationResult.Success()
            : ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--discount-rate {DiscountRate} is not a non-negative annual rate (0.1 for 10%)."));
    }
}
