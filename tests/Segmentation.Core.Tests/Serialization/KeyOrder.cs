using System.Text;
using System.Text.Json.Nodes;

namespace Segmentation.Tests.Serialization;

/// <summary>Rewrites a JSON document with every object's keys in another order, as a database or another tool might.</summary>
public static class KeyOrder
{
    /// <summary>PostgreSQL <c>jsonb</c> order: shorter keys first, then by bytes.</summary>
    public static string Jsonb(string json) => Reorder(json, keys => keys.OrderBy(k => Encoding.UTF8.GetByteCount(k)).ThenBy(k => k, StringComparer.Ordinal));

    public static string Reversed(string json) => Reorder(json, keys => keys.Reverse());

    public static string Shuffled(string json, int seed)
    {
        var random = new Random(seed);
        return Reorder(json, keys => keys.OrderBy(_ => random.Next()));
    }

    private static string Reorder(string json, Func<IEnumerable<string>, IEnumerable<string>> order) =>
        Rebuild(JsonNode.Parse(json, documentOptions: new() { MaxDepth = 1024 }), order)!.ToJsonString();

    private static JsonNode? Rebuild(JsonNode? node, Func<IEnumerable<string>, IEnumerable<string>> order) => node switch
    {
        JsonObject obj => new JsonObject(order(obj.Select(p => p.Key).ToArray()).Select(k => KeyValuePair.Create(k, Rebuild(obj[k], order)))),
        JsonArray array => new JsonArray([.. array.Select(item => Rebuild(item, order))]),
        _ => node?.DeepClone(),
    };
}
