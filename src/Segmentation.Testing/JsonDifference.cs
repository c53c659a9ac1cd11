using System.Globalization;
using System.Text.Json.Nodes;

namespace Segmentation.Testing;

/// <summary>Finds the first node where two JSON documents differ, as a JSON path with both values.</summary>
internal static class JsonDifference
{
    /// <summary>Returns <see langword="null"/> when the documents are equal, else "path: left vs right".</summary>
    public static string? First(string left, string right) => Compare("$", JsonNode.Parse(left), JsonNode.Parse(right));

    private static string? Compare(string path, JsonNode? left, JsonNode? right)
    {
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                foreach (var (name, value) in a)
                {
                    if (!b.ContainsKey(name))
                    {
                        return $"{path}.{name}: {Text(value)} vs (missing)";
                    }

                    if (Compare($"{path}.{name}", value, b[name]) is { } inner)
                    {
                        return inner;
                    }
                }

                var extra = b.Select(p => p.Key).FirstOrDefault(name => !a.ContainsKey(name));
                return extra is null ? null : $"{path}.{extra}: (missing) vs {Text(b[extra])}";
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                {
                    if (Compare(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), a[i], b[i]) is { } inner)
                    {
                        return inner;
                    }
                }

                return a.Count == b.Count ? null : string.Create(CultureInfo.InvariantCulture, $"{path}: {a.Count} items vs {b.Count} items");
            default:
                return JsonNode.DeepEquals(left, right) ? null : $"{path}: {Text(left)} vs {Text(right)}";
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
