namespace Segmentation.Catalog;

/// <summary>Reclassifying the fields of an element catalog from its collection field.</summary>
public sealed partial class FieldCatalog
{
    /// <summary>
    /// Returns the catalog with every field raised to at least <paramref name="minimum"/> (a
    /// classified collection classifies its elements) and the named fields classified explicitly.
    /// </summary>
    internal FieldCatalog Reclassified(FieldClassification minimum, IReadOnlyDictionary<string, (FieldClassification Classification, bool AllowRevealing)> explicitly)
    {
        if (minimum == FieldClassification.None && explicitly.Count == 0)
        {
            return this;
        }

        var unknown = explicitly.Keys.FirstOrDefault(k => FindField(k) is null);
        if (unknown is not null)
        {
            throw new SegmentationException($"The element catalog of {RecordType.Name} has no field '{unknown}' to classify. Check the spelling.", unknown);
        }

        var fields = Fields.Select(f => explicitly.TryGetValue(f.Name, out var c)
            ? f.Classified(c.Classification, c.AllowRevealing)
            : f.Classification < minimum ? f.Classified(minimum, f.AllowsRevealingOperators) : f).ToArray();
        return new FieldCatalog(RecordType, fields, Criteria, IsAllowListed);
    }
}
