namespace Segmentation.Definitions;

/// <summary>
/// Matches when the point given by a latitude and a longitude field (decimal degrees, WGS 84) lies
/// within a great-circle distance of a centre point, by the haversine formula.
/// </summary>
/// <remarks>
/// <para>
/// The Earth is taken as a sphere of radius <see cref="EarthRadiusKm"/> (the mean radius), which is
/// within 0.5 % of the true ellipsoidal distance. A customer without either coordinate does not match.
/// </para>
/// <para>
/// The criterion compiles to a latitude/longitude bounding box (plain comparisons a database can
/// answer from an index) followed by the exact haversine test written with <see cref="Math.Sin"/>
/// and <see cref="Math.Cos"/>, which EF Core translates for SQL Server, PostgreSQL and SQLite.
/// </para>
/// </remarks>
public sealed record GeoRadiusCriterion : Criterion
{
    /// <summary>The mean Earth radius used for distances, in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Creates a radius test.</summary>
    /// <param name="latitudeField">The catalog name of the number field holding the latitude in degrees.</param>
    /// <param name="longitudeField">The catalog name of the number field holding the longitude in degrees.</param>
    /// <param name="latitude">The centre's latitude, -90..90.</param>
    /// <param name="longitude">The centre's longitude, -180..180.</param>
    /// <param name="radiusKm">The radius in kilometres, greater than 0 (both ends included: a point at exactly the radius matches).</param>
    /// <exception cref="Binding.DefinitionException">A field name is blank, the two fields are the same, or a number is out of range or not finite.</exception>
    public GeoRadiusCriterion(string latitudeField, string longitudeField, double latitude, double longitude, double radiusKm)
    {
        const string Owner = nameof(GeoRadiusCriterion);
        LatitudeField = Names.Field(latitudeField, Owner, nameof(latitudeField));
        LongitudeField = Names.Field(longitudeField, Owner, nameof(longitudeField));
        Names.Check(
            DefinitionRules.DistinctCoordinates(latitudeField, longitudeField)
                ?? DefinitionRules.Latitude(latitude)
                ?? DefinitionRules.Longitude(longitude)
                ?? DefinitionRules.Radius(radiusKm),
            Owner);

        Latitude = latitude;
        Longitude = longitude;
        RadiusKm = radiusKm;
    }

    /// <summary>Gets the catalog name of the latitude field.</summary>
    public string LatitudeField { get; }

    /// <summary>Gets the catalog name of the longitude field.</summary>
    public string LongitudeField { get; }

    /// <summary>Gets the centre's latitude in degrees.</summary>
    public double Latitude { get; }

    /// <summary>Gets the centre's longitude in degrees.</summary>
    public double Longitude { get; }

    /// <summary>Gets the radius in kilometres.</summary>
    public double RadiusKm { get; }
}
