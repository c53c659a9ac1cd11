using Segmentation.Definitions;

namespace Segmentation.Prediction.Summary;

/// <summary>How transactions are summarised: the calibration end, the time unit and an optional holdout period.</summary>
public sealed record SummaryOptions
{
    /// <summary>Initializes options with the last calibration day.</summary>
    /// <param name="calibrationEnd">The last day of the calibration period (inclusive).</param>
    public SummaryOptions(DateOnly calibrationEnd)
    {
        CalibrationEnd = calibrationEnd;
    }

    /// <summary>Gets the last day of the calibration period; purchases on this day count.</summary>
    public DateOnly CalibrationEnd { get; init; }

    /// <summary>Gets the unit of recency, age and every horizon given to the models.</summary>
    /// <value>The default value is <see cref="TimeUnit.Weeks"/>; only <see cref="TimeUnit.Days"/> and <see cref="TimeUnit.Weeks"/> have a fixed length and are accepted.</value>
    public TimeUnit TimeUnit { get; init; } = TimeUnit.Weeks;

    /// <summary>Gets the last day of the holdout period (the days after <see cref="CalibrationEnd"/> up to this one), or <see langword="null"/> for none.</summary>
    /// <value>The default value is <see langword="null"/>: transactions after the calibration end are ignored.</value>
    public DateOnly? HoldoutEnd { get; init; }
}
