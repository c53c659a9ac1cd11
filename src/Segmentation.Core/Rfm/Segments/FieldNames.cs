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
        SegmentReferenceCriterion reference => ["segment:" + reference.Segment],
        CustomCriterion custom => ["custom:" + custom.Name],
        _ => CriterionFields.Own(criterion) is { Length: > 0 } own ? own.OfType<string>() : ["(" + criterion.GetType().Name + ")"],
    };
}
