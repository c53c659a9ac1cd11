using Segmentation.Definitions;

namespace Segmentation.Prediction.Summary;

/// <summary>The fixed-length time units the models accept, in days.</summary>
internal static class TimeUnits
{
    public static double DaysPer(TimeUnit unit, string location) => unit switch
    {
        TimeUnit.Days => 1d,
        TimeUnit.Weeks => 7d,
        _ => throw new SegmentationException(
            $"The time unit '{unit}' has no fixed length; summarise in Days or Weeks (months and years differ in length, which the models cannot express).",
            location),
    };
}
