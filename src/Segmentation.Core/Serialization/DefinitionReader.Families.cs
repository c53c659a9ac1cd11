using System.Globalization;
using System.Text.Json;
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
        Check(p, DefinitionRules.AgeBand(min, max));
        return new AgeCriterion(field, min, max);
    }

    private static int? ReadYears(ObjectProperties p, string property)
    {
        if (!p.TryGet(property, out var element))
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var years)
            ? years
            : throw ReadErrors.WrongToken(p.PathOf(property), element, $"a whole number of years from 0 to {AgeCriterion.MaxAge}");
    }

    private static ConsentCriterion ReadConsent(ObjectProperties p)
    {
        var field = ReadField(p);
        var channel = ReadName(p.Required(Channel, "a channel name such as \"email\""), p.PathOf(Channel), "a channel name");
        DateTimeOffset? since = p.TryGet(GivenSince, out _) ? ReadInstant(p, GivenSince) : null;
        return new ConsentCriterion(field, channel, since);
    }

    private static GeoRadiusCriterion ReadGeoRadius(ObjectProperties p)
    {
        var latitudeField = ReadName(p.Required(LatitudeField, "the catalog name of the latitude field"), p.PathOf(LatitudeField), "a field name");
        var longitudeField = ReadName(p.Required(LongitudeField, "the catalog name of the longitude field"), p.PathOf(LongitudeField), "a field name");
        Check(p, DefinitionRules.DistinctCoordinates(latitudeField, longitudeField));
        var latitude = ReadDouble(p, Latitude, "a latitude in degrees from -90 to 90");
        Check(p, DefinitionRules.Latitude(latitude));
        var longitude = ReadDouble(p, Longitude, "a longitude in degrees from -180 to 180");
        Check(p, DefinitionRules.Longitude(longitude));
        var radius = ReadDouble(p, RadiusKm, "a radius in kilometres greater than 0");
        Check(p, DefinitionRules.Radius(radius));
        return new GeoRadiusCriterion(latitudeField, longitudeField, latitude, longitude, radius);
    }

    /// <summary>Reads a number as a double; one beyond the double range reads as an infinity, which the range rules then reject with the code's message.</summary>
    private static double ReadDouble(ObjectProperties p, string property, string expected)
    {
        var element = p.Required(property, expected);
        return element.ValueKind == JsonValueKind.Number
            ? double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw ReadErrors.WrongToken(p.PathOf(property), element, expected);
    }
}
