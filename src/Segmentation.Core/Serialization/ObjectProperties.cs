using System.Text.Json;
using Segmentation.Binding;

namespace Segmentation.Serialization;

/// <summary>
/// The properties of one JSON object, checked against the names its place allows: unknown and
/// duplicate properties are rejected, and order does not matter (PostgreSQL <c>jsonb</c> reorders keys).
/// </summary>
internal readonly struct ObjectProperties
{
    private readonly string[] _allowed;
    private readonly JsonElement[] _values;

    private ObjectProperties(string path, string what, string[] allowed, JsonElement[] values)
    {
        Path = path;
        What = what;
        _allowed = allowed;
        _values = values;
    }

    /// <summary>Gets the JSON path of the object.</summary>
    internal string Path { get; }

    /// <summary>Gets what the object is, for messages ("a \"compare\" criterion").</summary>
    internal string What { get; }

    internal static ObjectProperties Read(JsonElement element, string path, string[] allowed, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ReadErrors.WrongToken(path, element, what);
        }

        var values = new JsonElement[allowed.Length];
        foreach (var property in element.EnumerateObject())
        {
            var index = Array.IndexOf(allowed, property.Name);
            if (index < 0)
            {
                throw new DefinitionException(
                    JsonPath.Property(path, property.Name),
                    $"{ReadErrors.Quote(property.Name)} is not a property of {what}.",
                    $"Expected only: {string.Join(", ", allowed)}.");
            }

            if (values[index].ValueKind != JsonValueKind.Undefined)
            {
                throw new DefinitionException(
                    JsonPath.Property(path, property.Name),
                    $"the property \"{property.Name}\" appears twice.",
                    "Expected each property once; a repeated key is ambiguous.");
            }

            values[index] = property.Value;
        }

        return new ObjectProperties(path, what, allowed, values);
    }

    internal bool Has(string name) => Get(name).ValueKind != JsonValueKind.Undefined;

    internal bool TryGet(string name, out JsonElement value)
    {
        value = Get(name);
        return value.ValueKind != JsonValueKind.Undefined;
    }

    internal JsonElement Required(string name, string expected) =>
        TryGet(name, out var value) ? value : throw ReadErrors.Missing(Path, What, name, expected);

    internal string PathOf(string name) => JsonPath.Property(Path, name);

    private JsonElement Get(string name) => _values[Array.IndexOf(_allowed, name)];
}
