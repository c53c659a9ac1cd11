using Segmentation.Definitions;

namespace Segmentation.Rfm.Segments;

/// <summary>The top-level field names a criteria tree reads.</summary>
internal static class FieldNames
{
    internal static IEnumerable<string> Of(Criterion criterion) => criterion switch
    {
        AllCriterion all => all.Criteria.SelectMany(Of),
        AnyCriterion any => any.Criteria.SelectMany(Of),
        NotCriterion not => Of(not.Criterion),
        ComparisonCriterion c => [c.Field],
        BetweenCriterion b => [b.Field],
        InCriterion i => [i.Field],
        TextCriterion t => [t.Field],
        NullCheckCriterion n => [n.Field],
        SetCriterion s => [s.Field],
        TimeWindowCriterion w => [w.Field],
        AgeCriterion a => [a.Field],
        GeoRadiusCriterion g => [g.LatitudeField, g.LongitudeField],
        AggregateCriterion a => [a.Collection],
        ConsentCriterion c => [c.Field],
        SegmentReferenceCriterion reference => ["segment:" + reference.Segment],
        CustomCriterion custom => ["custom:" + custom.Name],
        _ => ["(" + criterion.GetType().Name + ")"],
    };
}
