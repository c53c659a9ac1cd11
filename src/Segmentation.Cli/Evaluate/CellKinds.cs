using System.Globalization;
using Segmentation.Catalog;

namespace Segmentation.Cli.Evaluate;

/// <summary>
/// Infers a column's field kind from its non-empty cells, in this order: invariant numbers,
/// <c>true</c>/<c>false</c>, ISO dates <c>yyyy-MM-dd</c>, ISO date-times, else strings.
/// An empty cell is a missing value.
/// </summary>
internal static class CellKinds
{
    private const NumberStyles NumberStyle = NumberStyles.Float;

    public static FieldKind Infer(IEnumerable<string> cells)
    {
        var values = cells.Where(c => c.Length > 0).ToList();
        if (values.Count == 0)
        {
            return FieldKind.String;
        }

        if (values.TrueForAll(v => decimal.TryParse(v, NumberStyle, CultureInfo.InvariantCulture, out _)))
        {
            return FieldKind.Number;
        }

        if (values.TrueForAll(v => v is "true" or "false"))
        {
            return FieldKind.Boolean;
        }

        if (values.TrueForAll(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            return FieldKind.Date;
        }

        return values.TrueForAll(v => TryDateTime(v, out _)) ? FieldKind.DateTime : FieldKind.String;
    }

    public static object? Parse(string cell, FieldKind kind) => cell.Length == 0
        ? null
        : kind switch
        {
            FieldKind.Number => decimal.Parse(cell, NumberStyle, CultureInfo.InvariantCulture),
            FieldKind.Boolean => cell == "true",
            FieldKind.Date => DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldKind.DateTime => TryDateTime(cell, out var instant) ? instant : null,
            _ => cell,
        };

    // ISO 8601 only: yyyy-MM-ddTHH:mm[:ss[.fff]] (or a space for T), optional Z or offset; no offset means UTC.
    private static bool TryDateTime(string value, out DateTimeOffset instant)
    {
        instant = default;
        return value.Length >= 16 && value[4] == '-' && value[7] == '-' && value[10] is 'T' or ' ' && value[13] == ':'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
