namespace Segmentation.Rfm.Aggregation;

/// <summary>Lowers a shared value to a new minimum from several threads (the earliest bad row wins).</summary>
internal static class InterlockedMinimum
{
    /// <summary>Sets <paramref name="location"/> to <paramref name="value"/> if that is smaller, atomically.</summary>
    public static void Lower(ref long location, long value)
    {
        var current = Volatile.Read(ref location);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
