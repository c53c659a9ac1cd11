using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using static Segmentation.Serialization.PropertyNames;

namespace Segmentation.Serialization;

/// <summary>Reading of age bands and radius tests.</summary>
internal sealed partial class DefinitionReader
{
    private static AgeCriterion ReadAge(ObjectProperties p)
    {
        var field = ReadField(p);
        var min = ReadYears(p, MinYears);
        var max = ReadYears(p, MaxYears);
        if (min is null && max is null)
        {
            throw new DefinitionException(p.Path, "the age band has neither minYears nor maxYears.", "Expected \"minYears\", \"maxYears\" or both, whole numbers of years.");
        }

        return min > max
            ? throw new DefinitionException(p.PathOf(MinYears), $"the age band starts at {min} and ends before it, at {max}.", "Expected minYears <= maxYears (both are included).")
            : new AgeCriterion(field, min, max);
    }

    private static int? ReadYears(ObjectProperties p, string property)
    {
        if (!p.TryGet(property, out var element))
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var years) && years is >= 0 and <= AgeCriterion.MaxAge
            ? years
            : throw ReadErrors.WrongToken(p.PathOf(property), element, $"a whole number of years from 0 to {AgeCriterion.MaxAge}");
    }

    private static GeoRadiusCriterion ReadGeoRadius(ObjectProperties p)
    {
        var latitudeField = ReadName(p.Required(LatitudeField, "the catalog name of the latitude field"), p.PathOf(LatitudeField), "a field name");
        var longitudeField = ReadName(p.Required(LongitudeField, "the catalog name of the longitude field"), p.PathOf(LongitudeField), "a field name");
        if (string.Equals(latitudeField, longitudeField, StringComparison.Ordinal))
        {
            throw new DefinitionException(p.PathOf(LongitudeField), "the latitude and the longitude name the same field.", "Expected two different number fields.");
        }

        var latitude = ReadDouble(p, Latitude, -90, 90, "a latitude in degrees from -90 to 90");
        var longitude = ReadDouble(p, Longitude, -180, 180, "a longitude in degrees from -180 to 180");
        var radius = ReadDouble(p, RadiusKm, double.Epsilon, double.MaxValue, "a radius in kilometres greater than 0");
        return new GeoRadiusCriterion(latitudeField, longitudeField, latitude, longitude, radius);
    }

    private static double ReadDouble(ObjectProperties p, string property, double low, double high, string expected)
    {
        var element = p.Required(property, expected);
        return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value) && value >= low && value <= high
            ? value
            : throw ReadErrors.WrongToken(p.PathOf(property), element, expected);
    }
}
