using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Segmentation.Definitions;

namespace Segmentation.Serialization;

/// <summary>
/// Reads and writes segment definitions, and lists of them, in the library's versioned JSON format
/// (see docs/json-format.md): a <c>kind</c> per criterion, fixed property names, no CLR type names.
/// </summary>
/// <remarks>
/// Reading is strict and safe for untrusted documents: unknown kinds and properties, duplicate
/// properties, wrong token types, over-deep nesting and over-long lists are rejected with a
/// <see cref="Binding.DefinitionException"/> naming the JSON path; property order is free. Every
/// definition read is then bound to a <see cref="Catalog.FieldCatalog"/>, so names in a document
/// reach only what the catalog exposes. All members are thread-safe.
/// </remarks>
public static partial class SegmentJson
{
    /// <summary>Writes a definition as a JSON document.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="options">Write options; <see cref="SegmentJsonWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, e.g. <c>{"version":1,"name":"VIP","criteria":{...}}</c>.</returns>
    /// <exception cref="SegmentationException">The criteria are nested more than 1,000 deep.</exception>
    public static string Serialize(SegmentDefinition definition, SegmentJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return ToJsonString(options, writer => DefinitionWriter.WriteDocument(writer, definition));
    }

    /// <summary>Writes a definition as a JSON document to a writer.</summary>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="definition">The definition.</param>
    /// <exception cref="SegmentationException">The criteria are nested more than 1,000 deep.</exception>
    public static void Write(Utf8JsonWriter writer, SegmentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(definition);
        DefinitionWriter.WriteDocument(writer, definition);
    }

    /// <summary>Writes a segment set document: several definitions with how customers are assigned to them.</summary>
    /// <param name="document">The segment set.</param>
    /// <param name="options">Write options; <see cref="SegmentJsonWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, e.g. <c>{"version":1,"mode":"firstMatch","fallback":"Others","segments":[...]}</c>.</returns>
    /// <exception cref="SegmentationException">The criteria of a definition are nested more than 1,000 deep.</exception>
    public static string SerializeSet(SegmentSetDocument document, SegmentJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ToJsonString(options, writer => DefinitionWriter.WriteSetDocument(writer, document));
    }

    /// <summary>Writes a segment set document to a writer.</summary>
    /// <param name="writer">The writer; its own options decide indentation and escaping.</param>
    /// <param name="document">The segment set.</param>
    /// <exception cref="SegmentationException">The criteria of a definition are nested more than 1,000 deep.</exception>
    public static void Write(Utf8JsonWriter writer, SegmentSetDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        DefinitionWriter.WriteSetDocument(writer, document);
    }

    private static string ToJsonString(SegmentJsonWriteOptions? options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writerOptions = new JsonWriterOptions
        {
            Indented = (options ?? SegmentJsonWriteOptions.Default).Indented,
            // Operators such as "<=" stay readable; documents are data, never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = SerializationConstants.JsonDepthFor(SerializationConstants.MaxWriteDepth),
        };
        using (var writer = new Utf8JsonWriter(buffer, writerOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
