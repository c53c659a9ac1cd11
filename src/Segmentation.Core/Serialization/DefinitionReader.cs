using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>
/// Turns a parsed JSON document into an unbound definition, checking its structure: versions,
/// kinds, property names, token types, depth and list lengths. Names from the document are only
/// compared with fixed tables here and with the catalog later; nothing is resolved by reflection.
/// </summary>
/// <remarks>Recursion follows the criteria nesting and is checked against <see cref="DefinitionLimits.MaxDepth"/> before each step down.</remarks>
internal sealed partial class DefinitionReader
{
    private readonly DefinitionLimits _limits;

    internal DefinitionReader(DefinitionLimits limits) => _limits = limits;

    internal SegmentDefinition ReadDocument(JsonElement root)
    {
        CheckVersion(root);
        var properties = ObjectProperties.Read(root, JsonPath.Root, Kinds.DocumentProperties, "a segment definition document");
        return ReadDefinition(properties);
    }

    internal SegmentSetDocument ReadSetDocument(JsonElement root)
    {
        CheckVersion(root);
        var properties = ObjectProperties.Read(root, JsonPath.Root, Kinds.SetDocumentProperties, "a segment set document");
        var segmentsPath = properties.PathOf(Segments);
        var list = properties.Required(Segments, "an array of segment definitions");
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw ReadErrors.WrongToken(segmentsPath, list, "an array of segment definitions");
        }

        CheckListLength(list.GetArrayLength(), segmentsPath);
        var segments = new List<SegmentDefinition>();
        foreach (var item in list.EnumerateArray())
        {
            var path = JsonPath.Index(segmentsPath, segments.Count);
            segments.Add(ReadDefinition(ObjectProperties.Read(item, path, Kinds.SetEntryProperties, "a segment definition")));
        }

        var mode = SegmentSetMode.AllMatches;
        if (properties.TryGet(Mode, out var modeElement))
        {
            var text = ReadString(modeElement, properties.PathOf(Mode), "\"allMatches\" or \"firstMatch\"");
            if (!SetModes.TryParse(text, out mode))
            {
                throw SegmentSetRules.InvalidMode(ReadErrors.Quote(text));
            }
        }

        string? fallback = null;
        if (properties.TryGet(Fallback, out var fallbackElement))
        {
            fallback = ReadString(fallbackElement, properties.PathOf(Fallback), "the name given to customers in no segment, a string");
        }

        // The rules of the set (distinct names, the fallback, at least one segment) are the
        // constructor's, so a set read from JSON fails as the same set built in code does.
        return new SegmentSetDocument(segments, mode, fallback);
    }

    private static void CheckVersion(JsonElement root)
    {
        var expected = $"Expected \"version\": {SerializationConstants.CurrentVersion} (this library reads versions {SerializationConstants.SupportedVersions}).";
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ReadErrors.WrongToken(JsonPath.Root, root, "an object with \"version\"");
        }

        var path = JsonPath.Property(JsonPath.Root, PropertyNames.Version);
        if (!root.TryGetProperty(PropertyNames.Version, out var version))
        {
            throw new DefinitionException(path, "the document has no version.", expected);
        }

        if (version.ValueKind != JsonValueKind.Number)
        {
            throw ReadErrors.WrongToken(path, version, $"the number {SerializationConstants.CurrentVersion}");
        }

        if (!version.TryGetInt32(out var number) || number != SerializationConstants.CurrentVersion)
        {
            throw new DefinitionException(path, $"version {ReadErrors.Shorten(version.GetRawText())} is not supported.", expected);
        }
    }

    private SegmentDefinition ReadDefinition(ObjectProperties properties)
    {
        var name = ReadName(properties.Required(Name, "the segment's name, a string"), properties.PathOf(Name), "the segment's name");
        string? description = null;
        if (properties.TryGet(Description, out var descriptionElement))
        {
            description = ReadString(descriptionElement, properties.PathOf(Description), "a string");
            CheckStringLength(description, properties.PathOf(Description));
        }

        string? action = null;
        if (properties.TryGet(PropertyNames.Action, out var actionElement))
        {
            action = ReadString(actionElement, properties.PathOf(PropertyNames.Action), "a string");
            CheckStringLength(action, properties.PathOf(PropertyNames.Action));
        }

        var criteria = ReadCriterion(properties.Required(PropertyNames.Criteria, "a criterion object"), properties.PathOf(PropertyNames.Criteria), depth: 1);
        return new SegmentDefinition(name, criteria, description) { Action = action };
    }

    private void CheckListLength(int count, string path)
    {
        if (count > _limits.MaxListLength)
        {
            throw ReadErrors.TooLong(path, count, _limits.MaxListLength);
        }
    }

    private void CheckStringLength(string text, string path)
    {
        if (text.Length > _limits.MaxStringLength)
        {
            throw new DefinitionException(path, $"the string is {text.Length} characters long.", $"Expected at most {_limits.MaxStringLength} characters.");
        }
    }
}
