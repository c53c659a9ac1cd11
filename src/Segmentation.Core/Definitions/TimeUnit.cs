namespace Segmentation.Definitions;

/// <summary>Calendar units of a relative time window.</summary>
public enum TimeUnit
{
    /// <summary>Days of 24 hours.</summary>
    Days,

    /// <summary>Weeks of 7 days.</summary>
    Weeks,

    /// <summary>Calendar months; the day of month is clamped (31 March minus one month is 28 or 29 February).</summary>
    Months,

    /// <summary>Calendar years; 29 February minus one year is 28 February.</summary>
    Years,
}
