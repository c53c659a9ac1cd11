using System.Globalization;
using System.Text.Json;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Writes definitions in the JSON format: fixed property names, a <c>kind</c> per node, never a CLR type name.</summary>
internal static partial class DefinitionWriter
{
    internal static void WriteDocument(Utf8JsonWriter writer, SegmentDefinition definition)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PropertyNames.Version, SerializationConstants.CurrentVersion);
        WriteDefinitionBody(writer, definition);
        writer.WriteEndObject();
    }

    internal static void WriteSetDocument(Utf8JsonWriter writer, SegmentSetDocument document)
    {
        writer.WriteStartObject();
        writer.WriteNumber(PropertyNames.Version, SerializationConstants.CurrentVersion);
        writer.WriteString(Mode, SetModes.Of(document.Mode));
        if (document.Fallback is { } fallback)
        {
            writer.WriteString(Fallback, fallback);
        }

        writer.WriteStartArray(Segments);
        foreach (var segment in document.Segments)
        {
            writer.WriteStartObject();
            WriteDefinitionBody(writer, segment);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDefinitionBody(Utf8JsonWriter writer, SegmentDefinition definition)
    {
        writer.WriteString(Name, definition.Name);
        if (definition.Description is { } description)
        {
            writer.WriteString(Description, description);
        }

        if (definition.Action is { } action)
        {
            writer.WriteString(PropertyNames.Action, action);
        }

        writer.WritePropertyName(PropertyNames.Criteria);
        WriteCriterion(writer, definition.Criteria, depth: 1);
    }

    private static void WriteValue(Utf8JsonWriter writer, SegmentValue value)
    {
        switch (value.Kind)
        {
            case ValueKind.Boolean:
                writer.WriteBooleanValue(value.Boolean);
                break;
            case ValueKind.Number:
                // Utf8JsonWriter writes a decimal with all its digits, so the number reads back exactly.
                writer.WriteNumberValue(value.Number);
                break;
            case ValueKind.String:
                writer.WriteStringValue(value.String);
                break;
            case ValueKind.DateTime:
                writer.WriteStringValue(value.DateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, string property, SegmentValue value)
    {
        writer.WritePropertyName(property);
        WriteValue(writer, value);
    }

    private static void WriteWindow(Utf8JsonWriter writer, TimeWindow window)
    {
        switch (window.Kind)
        {
            case TimeWindowKind.Last:
                writer.WriteNumber(Last, window.Amount);
                writer.WriteString(Unit, JsonNames.Of(window.Unit));
                break;
            case TimeWindowKind.OlderThan:
                writer.WriteNumber(OlderThan, window.Amount);
                writer.WriteString(Unit, JsonNames.Of(window.Unit));
                break;
            default:
                writer.WriteString(From, window.From.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteString(To, window.To.ToString("O", CultureInfo.InvariantCulture));
                break;
        }
    }
}
