using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Serialization;

/// <summary>Reading of documents: parse, check the structure, then bind to the catalog.</summary>
public static partial class SegmentJson
{
    /// <summary>Reads a definition document and binds it to a catalog.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog the definition may name fields and criteria of.</param>
    /// <param name="options">Read options and limits; <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bound definition (literals converted to their fields' kinds).</returns>
    /// <exception cref="DefinitionException">The document is malformed, too large or too deep, has an unsupported version, or its content does not fit the format or the catalog; the location is the JSON path. Also when the catalog is not <see cref="FieldCatalog.IsAllowListed"/> and <see cref="SegmentJsonReadOptions.AllowCatalogWithoutAllowList"/> is not set.</exception>
    public static SegmentDefinition Deserialize(string json, FieldCatalog catalog, SegmentJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= SegmentJsonReadOptions.Default;
        return DeserializeUtf8(DocumentParser.ToUtf8(json, options), catalog, options);
    }

    /// <summary>Reads a UTF-8 definition document and binds it to a catalog.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <param name="catalog">The catalog the definition may name fields and criteria of.</param>
    /// <param name="options">Read options and limits; <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bound definition.</returns>
    /// <exception cref="DefinitionException">As for <see cref="Deserialize(string, FieldCatalog, SegmentJsonReadOptions?)"/>.</exception>
    public static SegmentDefinition DeserializeUtf8(ReadOnlySpan<byte> utf8Json, FieldCatalog catalog, SegmentJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= SegmentJsonReadOptions.Default;
        CatalogTrust.Check(catalog, options);
        var limits = options.Limits;
        var definition = DocumentParser.Parse(utf8Json, options, root => new DefinitionReader(limits).ReadDocument(root));
        return DefinitionBinder.Bind(definition, catalog, limits);
    }

    /// <summary>Reads a definition document from a stream and binds it to a catalog.</summary>
    /// <param name="utf8Json">A stream of the UTF-8 document; read to its end, not closed.</param>
    /// <param name="catalog">The catalog the definition may name fields and criteria of.</param>
    /// <param name="options">Read options and limits; <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The bound definition.</returns>
    /// <exception cref="DefinitionException">As for <see cref="Deserialize(string, FieldCatalog, SegmentJsonReadOptions?)"/>; a stream longer than <see cref="SegmentJsonReadOptions.MaxDocumentBytes"/> is rejected without reading it all.</exception>
    public static Task<SegmentDefinition> DeserializeAsync(Stream utf8Json, FieldCatalog catalog, SegmentJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(catalog);
        return DeserializeCoreAsync(utf8Json, catalog, options ?? SegmentJsonReadOptions.Default, cancellationToken);
    }

    private static async Task<SegmentDefinition> DeserializeCoreAsync(Stream utf8Json, FieldCatalog catalog, SegmentJsonReadOptions options, CancellationToken cancellationToken)
    {
        var bytes = await DocumentParser.ReadAsync(utf8Json, options, cancellationToken).ConfigureAwait(false);
        return DeserializeUtf8(bytes.Span, catalog, options);
    }

    /// <summary>Reads a segment set document and binds each definition to a catalog.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog the definitions may name fields and criteria of.</param>
    /// <param name="options">Read options and limits (applied to each definition); <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bound segment set.</returns>
    /// <exception cref="DefinitionException">As for <see cref="Deserialize(string, FieldCatalog, SegmentJsonReadOptions?)"/>, with paths such as <c>$.segments[1].criteria.field</c>; also duplicate segment names and a fallback that names a segment.</exception>
    public static SegmentSetDocument DeserializeSet(string json, FieldCatalog catalog, SegmentJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= SegmentJsonReadOptions.Default;
        return DeserializeSetUtf8(DocumentParser.ToUtf8(json, options), catalog, options);
    }

    /// <summary>Reads a UTF-8 segment set document and binds each definition to a catalog.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <param name="catalog">The catalog the definitions may name fields and criteria of.</param>
    /// <param name="options">Read options and limits; <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bound segment set.</returns>
    /// <exception cref="DefinitionException">As for <see cref="DeserializeSet(string, FieldCatalog, SegmentJsonReadOptions?)"/>.</exception>
    public static SegmentSetDocument DeserializeSetUtf8(ReadOnlySpan<byte> utf8Json, FieldCatalog catalog, SegmentJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= SegmentJsonReadOptions.Default;
        CatalogTrust.Check(catalog, options);
        var limits = options.Limits;
        var document = DocumentParser.Parse(utf8Json, options, root => new DefinitionReader(limits).ReadSetDocument(root));
        var bound = document.Segments.Select((segment, i) => new SegmentDefinition(
            segment.Name,
            DefinitionBinder.BindCriterion(segment.Criteria, catalog, $"$.segments[{i}].criteria", limits),
            segment.Description) { Action = segment.Action });
        return new SegmentSetDocument(bound, document.Mode, document.Fallback);
    }

    /// <summary>Reads a segment set document from a stream and binds each definition to a catalog.</summary>
    /// <param name="utf8Json">A stream of the UTF-8 document; read to its end, not closed.</param>
    /// <param name="catalog">The catalog the definitions may name fields and criteria of.</param>
    /// <param name="options">Read options and limits; <see cref="SegmentJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The bound segment set.</returns>
    /// <exception cref="DefinitionException">As for <see cref="DeserializeSet(string, FieldCatalog, SegmentJsonReadOptions?)"/>.</exception>
    public static Task<SegmentSetDocument> DeserializeSetAsync(Stream utf8Json, FieldCatalog catalog, SegmentJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(catalog);
        return DeserializeSetCoreAsync(utf8Json, catalog, options ?? SegmentJsonReadOptions.Default, cancellationToken);
    }

    private static async Task<SegmentSetDocument> DeserializeSetCoreAsync(Stream utf8Json, FieldCatalog catalog, SegmentJsonReadOptions options, CancellationToken cancellationToken)
    {
        var bytes = await DocumentParser.ReadAsync(utf8Json, options, cancellationToken).ConfigureAwait(false);
        return DeserializeSetUtf8(bytes.Span, catalog, options);
    }
}
