using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Which criteria each field kind allows: the type check of a definition.</summary>
internal static class OperatorRules
{
    internal static bool AllowsComparison(FieldKind kind, ComparisonOperator op) => kind switch
    {
        FieldKind.Number or FieldKind.DateTime or FieldKind.Date => true,
        // Ordering strings differs between .NET (ordinal) and database collations, so only equality is offered.
        FieldKind.String or FieldKind.Boolean => op is ComparisonOperator.Equal or ComparisonOperator.NotEqual,
        _ => false,
    };

    internal static bool AllowsBetween(FieldKind kind) => kind is FieldKind.Number or FieldKind.DateTime or FieldKind.Date;

    internal static bool AllowsIn(FieldKind kind) => kind is FieldKind.Number or FieldKind.String or FieldKind.DateTime or FieldKind.Date;

    internal static bool AllowsText(CatalogField field) => field.Kind == FieldKind.String && field.AllowedValues is null;

    internal static bool AllowsNullCheck(FieldKind kind) => kind != FieldKind.Collection;

    internal static bool AllowsTimeWindow(FieldKind kind) => kind is FieldKind.DateTime or FieldKind.Date;

    internal static bool AllowsAge(FieldKind kind) => kind is FieldKind.DateTime or FieldKind.Date;

    internal static bool AllowsGeo(FieldKind kind) => kind == FieldKind.Number;

    internal static bool AllowsAggregateOf(AggregateFunction function, FieldKind kind) => function switch
    {
        AggregateFunction.Sum or AggregateFunction.Average => kind == FieldKind.Number,
        _ => kind is FieldKind.Number or FieldKind.DateTime or FieldKind.Date,
    };

    /// <summary>What a field of a kind accepts, for "expected" messages.</summary>
    internal static string Offered(CatalogField field) => field.Kind switch
    {
        FieldKind.Number or FieldKind.DateTime or FieldKind.Date => "compare (= != < <= > >=), between, in, notIn, time windows and age for dates, geoRadius for numbers, isNull, hasValue",
        FieldKind.String when field.AllowedValues is not null => "compare (= !=), in, notIn, isNull, hasValue",
        FieldKind.String => "compare (= !=), in, notIn, text (equals, startsWith, endsWith, contains), isNull, hasValue",
        FieldKind.Boolean => "compare (= !=), isNull, hasValue",
        FieldKind.StringSet => "set (containsAny, containsAll, containsNone), isNull, hasValue",
        _ => "aggregate (count, sum, average, min, max)",
    };
}
