using System.Globalization;
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

    /// <summary>
    /// Options for transactions observed up to <paramref name="asOf"/> (as an RFM run's as-of date):
    /// the calibration period ends at <paramref name="calibrationEnd"/>, by default the as-of itself;
    /// an earlier end makes the days after it, up to the as-of, the holdout period.
    /// </summary>
    /// <param name="asOf">The day the observation of the transactions ends (an RFM run's as-of: by default the day after the latest transaction).</param>
    /// <param name="calibrationEnd">The last calibration day, on or before <paramref name="asOf"/>; <see langword="null"/> for the as-of.</param>
    /// <returns>The options, in weeks (set <see cref="TimeUnit"/> with <c>with</c> for another unit).</returns>
    /// <exception cref="SegmentationException"><paramref name="calibrationEnd"/> is after <paramref name="asOf"/>: the ages T would run past the data, every customer would look inactive for the extra time and the fit would change without a word.</exception>
    public static SummaryOptions ForAsOf(DateOnly asOf, DateOnly? calibrationEnd = null)
    {
        var end = calibrationEnd ?? asOf;
        if (end > asOf)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"The calibration end {end:yyyy-MM-dd} is after the as-of date {asOf:yyyy-MM-dd}, where the observation of the transactions ends; give a calibration end on or before {asOf:yyyy-MM-dd} (the days after it up to the as-of are the holdout), or a later as-of date."),
                nameof(CalibrationEnd));
        }

        return new SummaryOptions(end) { HoldoutEnd = end < asOf ? asOf : null };
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
