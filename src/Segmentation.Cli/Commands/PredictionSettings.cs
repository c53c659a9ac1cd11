using System.ComponentModel;
using System.Globalization;
using Segmentation.Prediction.Runs;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Value;
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
    [Description("Last day of the calibration period (yyyy-MM-dd), not after the as-of; later transactions up to the as-of are the holdout. Default: the as-of.")]
    public string? CalibrationEnd { get; set; }

    [CommandOption("--time-unit <UNIT>")]
    [Description("days or weeks: the unit of recency, T and the horizon. Default: weeks.")]
    public string? TimeUnit { get; set; }

    [CommandOption("--horizon <N>")]
    [Description("Future period of expected purchases and clv, in the time unit, at most 100 years (5217 weeks or 36525 days). Default: 52 weeks or 365 days.")]
    public string? HorizonText { get; set; }

    [CommandOption("--discount-rate <RATE>")]
    [Description("Annual discount rate of the clv (0.1 for 10%). Default: 0.1.")]
    public string? DiscountRateText { get; set; }

    /// <summary>Gets --horizon as a number (checked in <see cref="Validate"/>), or <see langword="null"/>.</summary>
    public double? Horizon => HorizonText is null ? null : NumberOptions.Real(HorizonText, "--horizon");

    /// <summary>Gets --discount-rate as a number (checked in <see cref="Validate"/>), or <see langword="null"/>.</summary>
    public double? DiscountRate => DiscountRateText is null ? null : NumberOptions.Real(DiscountRateText, "--discount-rate");

    /// <summary>Gets a value indicating whether any model option was given.</summary>
    public bool HasPredictionOptions => Model is not null || CalibrationEnd is not null || TimeUnit is not null || HorizonText is not null || DiscountRateText is not null;

    private Definitions.TimeUnit Unit => string.Equals(TimeUnit, "days", StringComparison.OrdinalIgnoreCase) ? Definitions.TimeUnit.Days : Definitions.TimeUnit.Weeks;

    /// <summary>
    /// The run's options, by the library's rule (<see cref="SummaryOptions.ForAsOf"/>): the calibration
    /// end defaults to the as-of; transactions after an earlier end, up to the as-of, are the holdout;
    /// a later end is refused (exit 2) naming the option.
    /// </summary>
    public PredictionRunOptions RunOptions(DateOnly asOf)
    {
        SummaryOptions summary;
        try
        {
            summary = SummaryOptions.ForAsOf(asOf, CalibrationEnd is null ? null : DateOnly.ParseExact(CalibrationEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        catch (SegmentationException ex)
        {
            throw new UsageException($"--calibration-end: {ex.Message} The as-of date is --as-of, or the day after the latest transaction.", ex);
        }

        return new PredictionRunOptions(summary with { TimeUnit = Unit })
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

        if (HorizonText is not null && HorizonError(HorizonText) is { } horizon)
        {
            return ValidationResult.Error(horizon);
        }

        return DiscountRateText is null || NumberOptions.TryReal(DiscountRateText) is >= 0
            ? ValidationResult.Success()
            : ValidationResult.Error($"--discount-rate '{DiscountRateText}' is not a non-negative annual rate; give a number such as 0.1 for 10% ('.' for decimals).");
    }

    // The upper bound is the library's (CustomerValue.TooLong), checked here before the input is read.
    private string? HorizonError(string text)
    {
        var unit = Unit.ToString().ToLowerInvariant();
        var most = Math.Floor(CustomerValue.MaximumHorizon(Unit));
        return NumberOptions.TryReal(text) switch
        {
            not > 0 => string.Create(CultureInfo.InvariantCulture, $"--horizon '{text}' is not a positive number of {unit}; give the future period as a number such as 52 ('.' for decimals), at most {most} {unit}."),
            > 0 and var horizon when CustomerValue.TooLong(horizon, Unit) is { } tooLong =>
                $"--horizon {tooLong} (clv past a century is beyond any plan, and the run time grows faster than the horizon).",
            _ => null,
        };
    }
}
