using System.Globalization;

namespace Segmentation.Analytics;

/// <summary>Validation of the segment names every analysis is labelled with.</summary>
internal static class SegmentNames
{
    /// <summary>Checks the names and returns a private copy of them.</summary>
    public static string[] Validate(IReadOnlyList<string> segmentNames, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(segmentNames, parameterName);
        if (segmentNames.Count == 0)
        {
            throw new SegmentationException(
                "The segment set has no segments. Pass the names of the segments in index order (the fallback segment included).",
                parameterName);
        }

        var names = segmentNames.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"Segment name {i} is empty. Give every segment a name."),
                    string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}]"));
            }

            if (!seen.Add(names[i]))
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"Segment name '{names[i]}' appears twice (index {i}). Segment names must be unique."),
                    string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}]"));
            }
        }

        return names;
    }

    /// <summary>Throws when a segment index does not name one of <paramref name="count"/> segments.</summary>
    public static void ThrowIndexOutOfRange(int index, int count) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"Segment index {index} is outside the segment set, which has {count} segments (indices 0 to {count - 1}). Pass the names of every segment the run can assign."),
            "segment index");

    /// <summary>Formats a customer id for a message, invariant culture.</summary>
    public static string FormatId<TKey>(TKey id) => string.Create(CultureInfo.InvariantCulture, $"{id}");
}
