using System.Text.Json;
using Segmentation.Binding;

namespace Segmentation.Serialization;

/// <summary>The structural errors of reading a document, worded in one place.</summary>
internal static class ReadErrors
{
    private const int ShownTextLength = 60;

    internal static DefinitionException WrongToken(string path, JsonElement found, string expected) =>
        found.ValueKind == JsonValueKind.Null
            ? new(path, "found null.", $"Expected {expected}; leave the property out instead of setting it to null.")
            : new(path, $"found {Describe(found)}.", $"Expected {expected}.");

    internal static DefinitionException Missing(string path, string what, string property, string expected) =>
        new(JsonPath.Property(path, property), $"{what} has no \"{property}\".", $"Expected {expected}.");

    internal static DefinitionException TooDeep(string path, int maxDepth) =>
        new(path, $"criteria are nested more than {maxDepth} deep.", "Flatten the definition (all/any take many children) or raise DefinitionLimits.MaxDepth.");

    internal static DefinitionException TooLong(string path, int count, int max) =>
        new(path, $"the list has {count} items.", $"Expected at most {max}; split it or raise DefinitionLimits.MaxListLength.");

    /// <summary>Quotes document text for a message, shortened so a hostile document cannot blow up the message.</summary>
    internal static string Quote(string text) => "\"" + Shorten(text) + "\"";

    internal static string Shorten(string text) =>
        text.Length <= ShownTextLength ? text : string.Concat(text.AsSpan(0, ShownTextLength), "...");

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + Quote(element.GetString()!),
        JsonValueKind.Number => "the number " + Shorten(element.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
