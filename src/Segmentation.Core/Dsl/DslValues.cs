using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Turns the CLR literals written in the DSL into <see cref="SegmentValue"/>s.</summary>
internal static class DslValues
{
    internal static SegmentValue From<TValue>(TValue value, string field) => value switch
    {
        null => throw new SegmentationException($"A null value was given for '{field}'. Test for a missing value with IsNull() or HasValue().", field),
        bool b => SegmentValue.FromBoolean(b),
        string s => SegmentValue.FromString(s),
        Enum e => SegmentValue.FromString(e.ToString()),
        DateTimeOffset instant => SegmentValue.FromDateTime(instant),
        DateTime dateTime => SegmentValue.FromDateTime(Instant(dateTime)),
        DateOnly date => SegmentValue.FromDate(date),
        decimal d => SegmentValue.FromNumber(d),
        double d => FromFloating(d, field),
        float f => FromFloating(f, field),
        byte or sbyte or short or ushort or int or uint or long or ulong => SegmentValue.FromNumber(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new SegmentationException($"{value.GetType().Name} values cannot appear in a segment definition ('{field}'). Use a boolean, number, string, enum, DateTime, DateTimeOffset or DateOnly.", field),
    };

    internal static SegmentValue[] FromMany<TValue>(TValue[] values, string field)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new SegmentationException($"The list of values for '{field}' is empty. Give at least one value.", field);
        }

        return Array.ConvertAll(values, v => From(v, field));
    }

    /// <summary>A <see cref="DateTime"/> of unspecified kind is read as UTC, as ISO strings without offset are.</summary>
    internal static DateTimeOffset Instant(DateTime value) => value.Kind == DateTimeKind.Unspecified
        ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))
        : new DateTimeOffset(value);

    private static SegmentValue FromFloating(double value, string field)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > (double)decimal.MaxValue)
        {
            throw new SegmentationException($"{value} cannot be compared with '{field}': definitions hold exact decimal numbers. Use a finite value within ±7.9e28.", field);
        }

        return SegmentValue.FromNumber((decimal)value);
    }
}
