using System.Globalization;

namespace Segmentation.Definitions;

/// <summary>
/// The value rules of definitions, in one place: the criteria constructors, the fluent builder and
/// the JSON reader all check them here, so the same bad value gives the same
/// <see cref="Binding.DefinitionException"/> message from code and from JSON (only the location
/// differs: a code location or a JSON path). Each rule returns <see langword="null"/> when the
/// value is valid. Rules that need the catalog (field kinds, operators) live in the binder.
/// </summary>
internal static class DefinitionRules
{
    /// <summary>The longest field, segment or criterion name accepted.</summary>
    internal const int MaxNameLength = 256;

    internal static RuleViolation? Name(string name, string part, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new(part, $"{what} is empty.", "Expected a non-blank name.");
        }

        return name.Length > MaxNameLength
            ? new(part, $"{what} is {name.Length} characters long.", $"Expected at most {MaxNameLength} characters.")
            : null;
    }

    internal static RuleViolation? Defined<TEnum>(TEnum value, string part)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : new(part, $"{value} is not a defined {typeof(TEnum).Name}.", $"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    internal static RuleViolation? AgeBand(int? minYears, int? maxYears)
    {
        if (minYears is null && maxYears is null)
        {
            return new(null, "the age band has neither minYears nor maxYears.", "Expected \"minYears\", \"maxYears\" or both, whole numbers of years.");
        }

        return Years(minYears, "minYears")
            ?? Years(maxYears, "maxYears")
            ?? (minYears > maxYears
                ? new("minYears", $"the age band starts at {minYears} and ends before it, at {maxYears}.", "Expected minYears <= maxYears (both are included).")
                : null);
    }

    internal static RuleViolation? Years(int? years, string part) =>
        years is < 0 or > AgeCriterion.MaxAge ? new(part, $"{part} is {years}.", $"Expected a whole number of years from 0 to {AgeCriterion.MaxAge}.") : null;

    internal static RuleViolation? DistinctCoordinates(string latitudeField, string longitudeField) =>
        string.Equals(latitudeField, longitudeField, StringComparison.Ordinal)
            ? new("longitudeField", "the latitude and the longitude name the same field.", "Expected two different number fields.")
            : null;

    internal static RuleViolation? Latitude(double latitude) =>
        latitude is >= -90 and <= 90 ? null : new("latitude", $"the latitude {Show(latitude)} is outside -90..90.", "Expected a latitude in degrees from -90 to 90.");

    internal static RuleViolation? Longitude(double longitude) =>
        longitude is >= -180 and <= 180 ? null : new("longitude", $"the longitude {Show(longitude)} is outside -180..180.", "Expected a longitude in degrees from -180 to 180.");

    internal static RuleViolation? Radius(double radiusKm) =>
        radiusKm > 0 && double.IsFinite(radiusKm) ? null : new("radiusKm", $"the radius {Show(radiusKm)} is not a finite number greater than 0.", "Expected a radius in kilometres greater than 0.");

    internal static RuleViolation? WindowAmount(int amount, string part) =>
        amount < 0 ? new(part, $"the window is {amount} units long.", "Expected a whole number of units, 0 or more.") : null;

    internal static RuleViolation? WindowOrder(DateTimeOffset from, DateTimeOffset to) =>
        to < from
            ? new("to", $"the window ends ({to.ToString("O", CultureInfo.InvariantCulture)}) before it starts ({from.ToString("O", CultureInfo.InvariantCulture)}).", "Expected \"to\" at or after \"from\".")
            : null;

    internal static RuleViolation? AggregateField(AggregateFunction function, bool hasField, string part)
    {
        if (function == AggregateFunction.Count && hasField)
        {
            return new(part, "count takes no field.", "Expected no field with count, or a function that aggregates a field: sum, average, min, max.");
        }

        return function != AggregateFunction.Count && !hasField
            ? new(part, $"{JsonNames.Of(function)} has no field to aggregate.", $"Expected the element field that {JsonNames.Of(function)} aggregates.")
            : null;
    }

    /// <summary>An inclusive range whose ends are values of one kind: the low end must not exceed the high end.</summary>
    internal static RuleViolation? RangeOrder(SegmentValue low, SegmentValue high) =>
        Binding.ValueOrder.Compare(low, high) > 0
            ? new("low", $"the range starts at {low} and ends before it, at {high}.", "Expected low <= high (both ends are included).")
            : null;

    internal static RuleViolation? TreeDepth(int depth) =>
        depth > Criterion.MaxTreeDepth
            ? new(null, $"the criteria are nested more than {Criterion.MaxTreeDepth} deep.", "Flatten the definition: all and any take many children.")
            : null;

    internal static RuleViolation? NonEmpty(int count, string part) =>
        count == 0 ? new(part, "the list is empty.", "Expected at least one item.") : null;

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
