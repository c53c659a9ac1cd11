namespace Segmentation.Serialization;

/// <summary>Builds the JSON paths that locate errors, e.g. <c>$.criteria.criteria[2].operator</c>.</summary>
internal static class JsonPath
{
    internal const string Root = "$";

    internal static string Property(string path, string name) =>
        IsIdentifier(name) ? path + "." + name : path + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    internal static string Index(string path, int index) => $"{path}[{index}]";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
