using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>
/// The longest relative window allowed: a thousand years in any unit, so that <c>asOf - N units</c>
/// stays inside the calendar for every as-of instant of this millennium and the next.
/// </summary>
internal static class TimeWindowLimits
{
    internal static int MaxAmount(TimeUnit unit) => unit switch
    {
        TimeUnit.Days => 365_250,
        TimeUnit.Weeks => 52_179,
        TimeUnit.Months => 12_000,
        _ => 1_000,
    };
}
