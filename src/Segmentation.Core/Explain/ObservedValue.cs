using System.Collections;
using System.Globalization;

namespace Segmentation.Explain;

/// <summary>Formats an observed value for an explanation, in the invariant culture.</summary>
internal static class ObservedValue
{
    internal static string Format(object? value) => value switch
    {
        null => "missing",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> set => "[" + string.Join(",", set.Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => "(collection)",
        _ => value.ToString() ?? string.Empty,
    };
}
