namespace Segmentation.Definitions;

/// <summary>The read direction of the JSON spellings: every lookup is derived from <c>Of</c>, so the two cannot drift apart.</summary>
internal static partial class JsonNames
{
    internal static bool TryParse(string text, out ComparisonOperator value) => TryParse(text, Of, out value);

    internal static bool TryParse(string text, out TextOperator value) => TryParse(text, Of, out value);

    internal static bool TryParse(string text, out SetOperator value) => TryParse(text, Of, out value);

    internal static bool TryParse(string text, out AggregateFunction value) => TryParse(text, Of, out value);

    internal static bool TryParse(string text, out TimeUnit value) => TryParse(text, Of, out value);

    /// <summary>Lists every spelling of an enum, for "expected one of" messages.</summary>
    internal static string All<TEnum>(Func<TEnum, string> of)
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => "\"" + of(v) + "\""));

    // Enum.GetValues over a closed, small enum: ordinal matching, no Enum.Parse on document text.
    private static bool TryParse<TEnum>(string text, Func<TEnum, string> of, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
