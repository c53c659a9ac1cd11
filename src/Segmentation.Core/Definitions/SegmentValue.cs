using System.Globalization;

namespace Segmentation.Definitions;

/// <summary>
/// A literal in a segment definition: a boolean, an exact number, a string, an instant or a date.
/// </summary>
/// <remarks>
/// Values are immutable and compare by kind and content. Numbers are <see cref="decimal"/> so that
/// a definition round-trips through JSON exactly; the compiler converts them to the field's type.
/// </remarks>
public readonly struct SegmentValue : IEquatable<SegmentValue>
{
    private readonly decimal _number;
    private readonly string? _text;
    private readonly DateTimeOffset _instant;

    private SegmentValue(ValueKind kind, decimal number = 0m, string? text = null, DateTimeOffset instant = default)
    {
        Kind = kind;
        _number = number;
        _text = text;
        _instant = instant;
    }

    /// <summary>Gets the kind of the value.</summary>
    public ValueKind Kind { get; }

    /// <summary>Gets the boolean held by a <see cref="ValueKind.Boolean"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public bool Boolean => Kind == ValueKind.Boolean ? _number != 0m : throw WrongKind(ValueKind.Boolean);

    /// <summary>Gets the number held by a <see cref="ValueKind.Number"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public decimal Number => Kind == ValueKind.Number ? _number : throw WrongKind(ValueKind.Number);

    /// <summary>Gets the string held by a <see cref="ValueKind.String"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public string String => Kind == ValueKind.String ? _text! : throw WrongKind(ValueKind.String);

    /// <summary>Gets the instant held by a <see cref="ValueKind.DateTime"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public DateTimeOffset DateTime => Kind == ValueKind.DateTime ? _instant : throw WrongKind(ValueKind.DateTime);

    /// <summary>Gets the date held by a <see cref="ValueKind.Date"/> value.</summary>
    /// <exception cref="InvalidOperationException">The value is of another kind.</exception>
    public DateOnly Date => Kind == ValueKind.Date ? DateOnly.FromDateTime(_instant.DateTime) : throw WrongKind(ValueKind.Date);

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static SegmentValue FromBoolean(bool value) => new(ValueKind.Boolean, value ? 1m : 0m);

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static SegmentValue FromNumber(decimal value) => new(ValueKind.Number, value);

    /// <summary>Creates a string value.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>; use a null check criterion to test for a missing value.</exception>
    public static SegmentValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ValueKind.String, text: value);
    }

    /// <summary>Creates an instant value.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The value.</returns>
    public static SegmentValue FromDateTime(DateTimeOffset value) => new(ValueKind.DateTime, instant: value);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static SegmentValue FromDate(DateOnly value) =>
        new(ValueKind.Date, instant: new DateTimeOffset(value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>Compares two values by kind and content.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are of the same kind and hold the same content.</returns>
    public static bool operator ==(SegmentValue left, SegmentValue right) => left.Equals(right);

    /// <summary>Compares two values by kind and content.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the values differ in kind or content.</returns>
    public static bool operator !=(SegmentValue left, SegmentValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SegmentValue other) => Kind switch
    {
        _ when Kind != other.Kind => false,
        ValueKind.String => string.Equals(_text, other._text, StringComparison.Ordinal),
        ValueKind.DateTime => _instant.Equals(other._instant) && _instant.Offset == other._instant.Offset,
        ValueKind.Date => _instant.Equals(other._instant),
        // decimal equality ignores scale (1.0 == 1), which is the meaning a definition intends.
        _ => _number == other._number,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SegmentValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        ValueKind.String => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(_text!)),
        ValueKind.DateTime or ValueKind.Date => HashCode.Combine(Kind, _instant),
        _ => HashCode.Combine(Kind, _number),
    };

    /// <summary>Formats the value as it reads in a definition, in the invariant culture.</summary>
    /// <returns>For example <c>42</c>, <c>"US"</c>, <c>true</c>, <c>2024-05-01</c> or <c>2024-05-01T10:00:00+00:00</c>.</returns>
    public override string ToString() => Kind switch
    {
        ValueKind.Boolean => Boolean ? "true" : "false",
        ValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ValueKind.String => "\"" + _text + "\"",
        ValueKind.DateTime => _instant.ToString("O", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private InvalidOperationException WrongKind(ValueKind wanted) =>
        new($"The value is a {Kind}, not a {wanted}.");
}
