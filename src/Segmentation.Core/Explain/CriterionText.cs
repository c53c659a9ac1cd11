using System.Globalization;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Explain;

/// <summary>Renders criteria the way a person reads a definition: <c>age between 25 and 60</c>.</summary>
internal static class CriterionText
{
    /// <summary>Describes a criterion; the values written for classified fields of <paramref name="catalog"/> are redacted.</summary>
    internal static string Describe(Criterion criterion, FieldCatalog? catalog = null) => criterion switch
    {
        AllCriterion => "all",
        AnyCriterion => "any",
        NotCriterion => "not",
        ComparisonCriterion c => $"{c.Field} {JsonNames.Of(c.Operator)} {Hide(catalog, c.Field, c.Value)}",
        BetweenCriterion b => $"{b.Field} between {Hide(catalog, b.Field, b.Low)} and {Hide(catalog, b.Field, b.High)}",
        InCriterion i => $"{i.Field} {(i.Negated ? "notIn" : "in")} [{(ExplainRedaction.IsClassified(catalog, i.Field) ? CatalogField.RedactedMarker : string.Join(",", i.Values))}]",
        TextCriterion t => $"{t.Field} {JsonNames.Of(t.Operator)} \"{Hide(catalog, t.Field, t.Value)}\"{(t.IgnoreCase ? " (ignore case)" : string.Empty)}",
        NullCheckCriterion n => $"{n.Field} {(n.IsNull ? "isNull" : "hasValue")}",
        SetCriterion s => $"{s.Field} {JsonNames.Of(s.Operator)} [{(ExplainRedaction.IsClassified(catalog, s.Field) ? CatalogField.RedactedMarker : string.Join(",", s.Values.Select(v => "\"" + v + "\"")))}]",
        TimeWindowCriterion w => $"{w.Field} {Window(w.Window)}",
        AgeCriterion a => ExplainRedaction.IsClassified(catalog, a.Field) ? $"age({a.Field}) {CatalogField.RedactedMarker}" : Age(a),
        GeoRadiusCriterion g => ExplainRedaction.HidesObserved(g, catalog ?? EmptyCatalog)
            ? $"({g.LatitudeField}, {g.LongitudeField}) within {CatalogField.RedactedMarker} km of ({CatalogField.RedactedMarker})"
            : string.Create(CultureInfo.InvariantCulture, $"({g.LatitudeField}, {g.LongitudeField}) within {g.RadiusKm} km of ({g.Latitude}, {g.Longitude})"),
        AggregateCriterion a => $"{Aggregate(a, catalog)} {JsonNames.Of(a.Operator)} {(catalog is not null && ExplainRedaction.HidesObserved(a, catalog) ? CatalogField.RedactedMarker : a.Value)}",
        ConsentCriterion c => c.GivenSince is { } since
            ? $"consent({c.Field}, \"{c.Channel}\") given since {since.ToString("O", CultureInfo.InvariantCulture)}"
            : $"consent({c.Field}, \"{c.Channel}\")",
        SegmentReferenceCriterion r => $"segment {r.Segment}",
        CustomCriterion c => $"{c.Name}({string.Join(", ", c.Arguments.Select(p => $"{p.Key}: {p.Value}"))})",
        _ => criterion.GetType().Name,
    };

    internal static string Aggregate(AggregateCriterion a, FieldCatalog? catalog = null)
    {
        var target = a.ValueField is null ? a.Collection : $"{a.Collection}.{a.ValueField}";
        var parts = new List<string> { target };
        if (a.Filter is not null)
        {
            parts.Add("where " + Inline(a.Filter, ExplainRedaction.ElementsOf(catalog, a.Collection)));
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

    private static readonly FieldCatalog EmptyCatalog = new(typeof(object), [], []);

    private static string Inline(Criterion criterion, FieldCatalog? catalog) => criterion switch
    {
        AllCriterion all => "(" + string.Join(" and ", all.Criteria.Select(c => Inline(c, catalog))) + ")",
        AnyCriterion any => "(" + string.Join(" or ", any.Criteria.Select(c => Inline(c, catalog))) + ")",
        NotCriterion not => "not " + Inline(not.Criterion, catalog),
        _ => Describe(criterion, catalog),
    };

    private static string Hide(FieldCatalog? catalog, string field, object value) =>
        ExplainRedaction.IsClassified(catalog, field) ? CatalogField.RedactedMarker : value.ToString() ?? string.Empty;

    private static string Window(TimeWindow window) => window.Kind switch
    {
        TimeWindowKind.Last => string.Create(CultureInfo.InvariantCulture, $"in last {window.Amount} {JsonNames.Of(window.Unit)}"),
        TimeWindowKind.OlderThan => string.Create(CultureInfo.InvariantCulture, $"older than {window.Amount} {JsonNames.Of(window.Unit)}"),
        _ => $"between {window.From.ToString("O", CultureInfo.InvariantCulture)} and {window.To.ToString("O", CultureInfo.InvariantCulture)}",
    };
}
