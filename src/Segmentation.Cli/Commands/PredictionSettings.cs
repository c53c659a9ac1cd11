using System.ComponentModel;
using System.Globalization;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>The model options of <c>segment predict</c> and <c>segment report --predict</c> (docs/prediction.md); an option not given is <see langword="null"/>.</summary>
internal class PredictionSettings : InputSettings
{
    [CommandOption("--model <MODEL>")]
    [Description("bgnbd (BG/NBD), mbgnbd (MBG/NBD) or pareto-nbd (Pareto/NBD). Default: bgnbd.")]
    public string? Model { get; set; }

    [CommandOption("--calibration-end <DATE>")]
    [Description("Last day of the calibration period (yyyy-MM-dd); later transactions up to the as-of are the holdout. Default: the as-of.")]
    public string? CalibrationEnd { get; set; }

    [CommandOption("--time-unit <UNIT>")]
    [Description("days or weeks: the unit of recency, T and the horizon. Default: weeks.")]
    public string? TimeUnit { get; set; }

    [CommandOption("--horizon <N>")]
    [Description("Future period of expected purchases and clv, in the time unit. Default: 52 weeks or 365 days.")]
    public double? Horizon { get; set; }

    [CommandOption("--discount-rate <RATE>")]
    [Description("Annual discount rate of the clv (0.1 for 10%). Default: 0.1.")]
    public double? DiscountRate { get; set; }

    /// <summary>Gets a value indicating whether any model option was given.</summary>
    public bool HasPredictionOptions => Model is not null || CalibrationEnd is not null || TimeUnit is not null || Horizon is not null || DiscountRate is not null;

    /// <summary>The run's options: the calibration end defaults to the as-of; transactions after an earlier end, up to the as-of, are the holdout.</summary>
    public PredictionRunOptions RunOptions(DateOnly asOf)
    {
        var calibrationEnd = CalibrationEnd is null ? asOf : DateOnly.ParseExact(CalibrationEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new PredictionRunOptions(new SummaryOptions(calibrationEnd)
        {
            TimeUnit = string.Equals(TimeUnit, "days", StringComparison.OrdinalIgnoreCase) ? Definitions.TimeUnit.Days : Definitions.TimeUnit.Weeks,
            HoldoutEnd = calibrationEnd < asOf ? asOf : null,
        })
        {
            Model = Model?.ToLowerInvariant() switch
            {
                "mbgnbd" => CountModelKind.ModifiedBgNbd,
                "pareto-nbd" => CountModelKind.ParetoNbd,
                _ => CountModelKind.BgNbd,
            },
            Horizon = Horizon,
            AnnualDiscountRate = DiscountRate ?? 0.1,
        };
    }

    public override ValidationResult Validate()
    {
        var common = base.Validate();
        if (!common.Successful)
        {
            return common;
        }

        if (Model is not null && Model.ToLowerInvariant() is not ("bgnbd" or "mbgnbd" or "pareto-nbd"))
        {
            return ValidationResult.Error($"--model '{Model}' is unknown; use bgnbd, mbgnbd or pareto-nbd.");
        }

        if (CalibrationEnd is not null && !DateOnly.TryParseExact(CalibrationEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--calibration-end '{CalibrationEnd}' is not a date in the form yyyy-MM-dd.");
        }

        if (TimeUnit is not null && !string.Equals(TimeUnit, "days", StringComparison.OrdinalIgnoreCase) && !string.Equals(TimeUnit, "weeks", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--time-unit '{TimeUnit}' is unknown; use days or weeks.");
        }

        if (Horizon is { } horizon && !(horizon > 0 && double.IsFinite(horizon)))
        {
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--horizon {horizon} is not a positive number of {TimeUnit ?? "weeks"}."));
        }

        return DiscountRate is not { } rate || (rate >= 0 && double.IsFinite(rate))
            ? ValidationResult.Success()
            : ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--discount-rate {rate} is not a non-negative annual rate (0.1 for 10%)."));
    }
}
