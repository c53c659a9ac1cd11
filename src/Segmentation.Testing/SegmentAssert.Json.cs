using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Testing;

/// <summary>JSON round trip.</summary>
public static partial class SegmentAssert
{
    private static readonly SegmentJsonReadOptions TrustedRead = new() { AllowCatalogWithoutAllowList = true };

    /// <summary>
    /// Asserts that a definition survives the JSON format: written, read back against the catalog
    /// and written again, it gives the same JSON text and a definition equal to the bound original.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog the definition is read against.</param>
    /// <returns>The definition as read back, for further checks.</returns>
    /// <exception cref="SegmentAssertionException">
    /// The JSON cannot be read back (the message shows the JSON and the error) or differs (the
    /// message shows both JSON texts and the first differing node).
    /// </exception>
    public static SegmentDefinition RoundTripsThroughJson(SegmentDefinition definition, FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(catalog);
        var written = SegmentJson.Serialize(definition);
        SegmentDefinition read;
        try
        {
            // The definition is the caller's own (trusted), so the catalog need not be an allow-list.
            read = SegmentJson.Deserialize(written, catalog, TrustedRead);
        }
        catch (SegmentationException error)
        {
            throw new SegmentAssertionException(
                $"Segment '{definition.Name}' does not round-trip through JSON: its JSON cannot be read back ({error.Message}).\nWritten:\n{written}",
                error);
        }

        var again = SegmentJson.Serialize(read);
        var difference = JsonDifference.First(written, again);
        if (difference is not null)
        {
            throw new SegmentAssertionException(
                $"Segment '{definition.Name}' does not round-trip through JSON: first difference at {difference}.\nWritten:\n{written}\nRead back and written again:\n{again}");
        }

        // Same text, yet the definitions could still differ where the writer does not look (bound values).
        if (!read.Equals(DefinitionBinder.Bind(definition, catalog)))
        {
            throw new SegmentAssertionException(
                $"Segment '{definition.Name}' does not round-trip through JSON: the JSON texts agree but the definition read back is not equal to the original bound to the catalog.\nRead back: {read}\nOriginal:  {definition}\nJSON:\n{written}");
        }

        return read;
    }
}
