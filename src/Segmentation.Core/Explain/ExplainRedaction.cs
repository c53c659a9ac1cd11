using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Explain;

/// <summary>Which criteria of an explanation touch classified fields, whose values (observed and written) are redacted.</summary>
internal static class ExplainRedaction
{
    /// <summary>Whether the value a leaf observes comes from a classified field (or is derived from one: an age, a distance, a sum).</summary>
    internal static bool HidesObserved(Criterion criterion, FieldCatalog catalog) => criterion switch
    {
        ComparisonCriterion c => IsClassified(catalog, c.Field),
        BetweenCriterion b => IsClassified(catalog, b.Field),
        InCriterion i => IsClassified(catalog, i.Field),
        TextCriterion t => IsClassified(catalog, t.Field),
        NullCheckCriterion n => IsClassified(catalog, n.Field),
        SetCriterion s => IsClassified(catalog, s.Field),
        TimeWindowCriterion w => IsClassified(catalog, w.Field),
        AgeCriterion a => IsClassified(catalog, a.Field),
        GeoRadiusCriterion g => IsClassified(catalog, g.LatitudeField) || IsClassified(catalog, g.LongitudeField),
        AggregateCriterion a => a.ValueField is { } value && ElementsOf(catalog, a.Collection) is { } elements && IsClassified(elements, value),
        _ => false,
    };

    /// <summary>Whether a field's written values are hidden: a literal next to a match result would tell the value.</summary>
    internal static bool IsClassified(FieldCatalog? catalog, string field) => catalog?.FindField(field)?.IsClassified == true;

    internal static FieldCatalog? ElementsOf(FieldCatalog? catalog, string collection) => catalog?.FindField(collection)?.ElementCatalog;
}
