using System.Globalization;
using Segmentation.Definitions;

namespace Segmentation.Explain;

/// <summary>Renders criteria the way a person reads a definition: <c>age between 25 and 60</c>.</summary>
internal static class CriterionText
{
    internal static string Describe(Criterion criterion) => criterion switch
    {
        AllCriterion => "all",
        AnyCriterion => "any",
        NotCriterion => "not",
        ComparisonCriterion c => $"{c.Field} {JsonNames.Of(c.Operator)} {c.Value}",
        BetweenCriterion b => $"{b.Field} between {b.Low} and {b.High}",
        InCriterion i => $"{i.Field} {(i.Negated ? "notIn" : "in")} [{string.Join(",", i.Values)}]",
        TextCriterion t => $"{t.Field} {JsonNames.Of(t.Operator)} \"{t.Value}\"{(t.IgnoreCase ? " (ignore case)" : string.Empty)}",
        NullCheckCriterion n => $"{n.Field} {(n.IsNull ? "isNull" : "hasValue")}",
        SetCriterion s => $"{s.Field} {JsonNames.Of(s.Operator)} [{string.Join(",", s.Values.Select(v => "\"" + v + "\""))}]",
        TimeWindowCriterion w => $"{w.Field} {Window(w.Window)}",
        AgeCriterion a => Age(a),
        GeoRadiusCriterion g => string.Create(CultureInfo.InvariantCulture, $"({g.LatitudeField}, {g.LongitudeField}) within {g.RadiusKm} km of ({g.Latitude}, {g.Longitude})"),
        AggregateCriterion a => $"{Aggregate(a)} {JsonNames.Of(a.Operator)} {a.Value}",
        SegmentReferenceCriterion r => $"segment {r.Segment}",
        CustomCriterion c => $"{c.Name}({string.Join(", ", c.Arguments.Select(p => $"{p.Key}: {p.Value}"))})",
        _ => criterion.GetType().Name,
    };

    internal static string Aggregate(AggregateCriterion a)
    {
        var target = a.ValueField is null ? a.Collection : $"{a.Collection}.{a.ValueField}";
        var parts = new List<string> { target };
        if (a.Filter is not null)
        {
            parts.Add("where " + Inline(a.Filter));
        }

        if (a.Window is not null)
        {
            parts.Add($"{a.Window.Field} {Window(a.Window.Window)}");
        }

        return $"{JsonNames.Of(a.Function)}({string.Join(", ", parts)})";
    }

    private static string Age(AgeCriterion a) => (a.MinYears, a.MaxYears) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"age({a.Field}) between {min} and {max} years"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"age({a.Field}) >= {min} years"),
        _ => string.Create(CultureInfo.InvariantCulture, $"age({a.Field}) <= {a.MaxYears} years"),
    };

    private static string Inline(Criterion criterion) => criterion switch
    {
        AllCriterion all => "(" + string.Join(" and ", all.Criteria.Select(Inline)) + ")",
        AnyCriterion any => "(" + string.Join(" or ", any.Criteria.Select(Inline)) + ")",
        NotCriterion not => "not " + Inline(not.Criterion),
        _ => Describe(criterion),
    };

    private static string Window(TimeWindow window) => window.Kind switch
    {
        TimeWindowKind.Last => string.Create(CultureInfo.InvariantCulture, $"in last {window.Amount} {JsonNames.Of(window.Unit)}"),
        TimeWindowKind.OlderThan => string.Create(CultureInfo.InvariantCulture, $"older than {window.Amount} {JsonNames.Of(window.Unit)}"),
        _ => $"between {window.From.ToString("O", CultureInfo.InvariantCulture)} and {window.To.ToString("O", CultureInfo.InvariantCulture)}",
    };
}
