using System.Globalization;
using System.Reflection;

namespace Segmentation.Catalog;

/// <summary>Converts the boxed values of a dictionary-like row to a custom field's type, or fails naming the field.</summary>
internal static class CustomFieldValues
{
    internal static MethodInfo ConverterFor(FieldKind kind) => typeof(CustomFieldValues).GetMethod(
        kind switch
        {
            FieldKind.Boolean => nameof(ToBoolean),
            FieldKind.Number => nameof(ToNumber),
            FieldKind.String => nameof(ToText),
            FieldKind.DateTime => nameof(ToDateTime),
            FieldKind.Date => nameof(ToDate),
            _ => nameof(ToStringSet),
        },
        BindingFlags.Static | BindingFlags.NonPublic)!;

    internal static bool? ToBoolean(object? value, string field, bool redact) => value switch
    {
        null => null,
        bool b => b,
        _ => throw Wrong(value, field, redact, "a boolean"),
    };

    internal static decimal? ToNumber(object? value, string field, bool redact) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        _ => throw Wrong(value, field, redact, "a finite number"),
    };

    internal static string? ToText(object? value, string field, bool redact) => value switch
    {
        null => null,
        string s => s,
        Enum e => e.ToString(),
        _ => throw Wrong(value, field, redact, "a string"),
    };

    internal static DateTimeOffset? ToDateTime(object? value, string field, bool redact) => value switch
    {
        null => null,
        DateTimeOffset d => d,
        DateTime d => d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d),
        _ => throw Wrong(value, field, redact, "a DateTimeOffset or DateTime"),
    };

    internal static DateOnly? ToDate(object? value, string field, bool redact) => value switch
    {
        null => null,
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        _ => throw Wrong(value, field, redact, "a DateOnly"),
    };

    internal static IEnumerable<string>? ToStringSet(object? value, string field, bool redact) => value switch
    {
        null => null,
        IEnumerable<string> set => set,
        _ => throw Wrong(value, field, redact, "a collection of strings"),
    };

    // A classified field's value never reaches a message (it ends up in logs); the type is enough to fix the row.
    private static SegmentationException Wrong(object value, string field, bool redact, string expected) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"The custom field '{field}' holds a {value.GetType().Name} ({(redact ? CatalogField.RedactedMarker : value)}); its schema says it holds {expected}. Fix the row's value or the schema."),
            field);
}
