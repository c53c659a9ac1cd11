using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// The numbers a radius test reads: the centre in radians, the haversine limit and a bounding box
/// that contains the circle, so a database can narrow the rows with plain comparisons first.
/// </summary>
internal sealed record GeoGeometry(
    double CenterLatitudeRadians,
    double CenterLongitudeRadians,
    double CosCenterLatitude,
    double MaxHaversine,
    double MinLatitude,
    double MaxLatitude,
    double MinLongitude,
    double MaxLongitude,
    bool HasLongitudeBox)
{
    internal const double DegreesToRadians = Math.PI / 180;

    /// <summary>Widens the box a little, so rounding never drops a point the exact test would keep.</summary>
    private const double BoxMarginDegrees = 1e-6;

    internal static GeoGeometry For(GeoRadiusCriterion node)
    {
        var angle = node.RadiusKm / GeoRadiusCriterion.EarthRadiusKm;
        var latitude = node.Latitude * DegreesToRadians;

        // haversine(d/R) <= haversine(r/R) while r/R <= pi; beyond that every point on Earth is within.
        var maxHaversine = angle >= Math.PI ? 2.0 : Math.Pow(Math.Sin(angle / 2), 2);
        var latitudeSpan = (angle / DegreesToRadians) + BoxMarginDegrees;
        var minLatitude = node.Latitude - latitudeSpan;
        var maxLatitude = node.Latitude + latitudeSpan;

        // The longitude span (Matuschek's bounding box) exists when no pole lies in the circle and the
        // box does not cross the antimeridian; otherwise only the latitude band narrows the rows.
        var ratio = Math.Sin(Math.Min(angle, Math.PI / 2)) / Math.Cos(latitude);
        var hasBox = minLatitude > -90 && maxLatitude < 90 && ratio < 1;
        var longitudeSpan = hasBox ? (Math.Asin(ratio) / DegreesToRadians) + BoxMarginDegrees : 180;
        hasBox = hasBox && node.Longitude - longitudeSpan > -180 && node.Longitude + longitudeSpan < 180;
        return new GeoGeometry(
            latitude,
            node.Longitude * DegreesToRadians,
            Math.Cos(latitude),
            maxHaversine,
            minLatitude,
            maxLatitude,
            hasBox ? node.Longitude - longitudeSpan : -180,
            hasBox ? node.Longitude + longitudeSpan : 180,
            hasBox);
    }

    /// <summary>The haversine distance in kilometres, for explanations; <see langword="null"/> without both coordinates.</summary>
    internal static double? DistanceKm(double? latitude, double? longitude, double centerLatitude, double centerLongitude)
    {
        if (latitude is not { } lat || longitude is not { } lon)
        {
            return null;
        }

        var sinLat = Math.Sin(((lat - centerLatitude) * DegreesToRadians) / 2);
        var sinLon = Math.Sin(((lon - centerLongitude) * DegreesToRadians) / 2);
        var h = (sinLat * sinLat) + (Math.Cos(lat * DegreesToRadians) * Math.Cos(centerLatitude * DegreesToRadians) * sinLon * sinLon);
        return Math.Round(2 * GeoRadiusCriterion.EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h))), 3);
    }
}
