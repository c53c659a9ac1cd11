using System.Globalization;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Checks a literal against a field's kind, converting ISO strings to dates where JSON gives them as strings.</summary>
internal static class ValueCoercion
{
    internal static SegmentValue To(FieldKind kind, CatalogField? field, SegmentValue value, string path, string what, DefinitionLimits limits)
    {
        if (value.Kind == ValueKind.String && value.String.Length > limits.MaxStringLength)
        {
            throw new DefinitionException(path, $"the string is {value.String.Length} characters long.", $"Expected at most {limits.MaxStringLength} characters.");
        }

        var coerced = (kind, value.Kind) switch
        {
            (FieldKind.Number, ValueKind.Number) or (FieldKind.Boolean, ValueKind.Boolean) or (FieldKind.String, ValueKind.String) => value,
            (FieldKind.DateTime, ValueKind.DateTime) or (FieldKind.Date, ValueKind.Date) => value,
            (FieldKind.DateTime, ValueKind.Date) => SegmentValue.FromDateTime(new DateTimeOffset(value.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            (FieldKind.DateTime, ValueKind.String) when DateTimeOffset.TryParse(value.String, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                => SegmentValue.FromDateTime(instant),
            (FieldKind.Date, ValueKind.String) when DateOnly.TryParseExact(value.String, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => SegmentValue.FromDate(date),
            _ => throw new DefinitionException(path, $"{value} is a {Describe(value.Kind)}, but {what} holds {Describe(kind)}s.", $"Expected {Example(kind)}."),
        };

        if (field?.AllowedValues is { } allowed && !allowed.Contains(coerced.String, StringComparer.Ordinal))
        {
            throw new DefinitionException(path, $"{coerced} is not one of the values of '{field.Name}'.", $"Expected one of: {string.Join(", ", allowed)}.");
        }

        return coerced;
    }

    internal static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "boolean",
        ValueKind.Number => "number",
        ValueKind.String => "string",
        ValueKind.DateTime => "date-time",
        _ => "date",
    };

    internal static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Boolean => "boolean",
        FieldKind.Number => "number",
        FieldKind.String => "string",
        FieldKind.DateTime => "date-time",
        FieldKind.Date => "date",
        FieldKind.StringSet => "string set",
        _ => "collection",
    };

    private static string Example(FieldKind kind) => kind switch
    {
        FieldKind.Boolean => "true or false",
        FieldKind.Number => "a number such as 42 or 99.5",
        FieldKind.String => "a string such as \"US\"",
        FieldKind.DateTime => "an ISO 8601 date-time such as \"2024-05-01T00:00:00Z\"",
        FieldKind.Date => "an ISO 8601 date such as \"2024-05-01\"",
        _ => "a value of the field's kind",
    };
}
