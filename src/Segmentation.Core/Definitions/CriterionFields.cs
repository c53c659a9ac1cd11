namespace Segmentation.Definitions;

/// <summary>The catalog names one criterion node reads itself (its children are not visited).</summary>
internal static class CriterionFields
{
    /// <summary>Gets the names of the fields <paramref name="node"/> reads; empty for a combinator, reference or custom criterion.</summary>
    public static string?[] Own(Criterion node) => node switch
    {
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
        _ => [],
    };
}
