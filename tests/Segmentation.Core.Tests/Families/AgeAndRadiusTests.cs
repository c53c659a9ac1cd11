using Microsoft.EntityFrameworkCore;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Explain;
using Segmentation.Serialization;
using Segmentation.Tests.Compilation;
using Segmentation.Tests.Database;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Families;

/// <summary>The age band and radius criteria: edges, JSON, binding, explain and SQL translation.</summary>
public sealed class AgeAndRadiusTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2007-06-01", true)] // 18th birthday today
    [InlineData("2007-06-02", false)] // 18 tomorrow
    [InlineData("1960-06-02", true)] // 64 until tomorrow
    [InlineData("1960-06-01", false)] // 65 today
    public void Age_Between18And64_AtBirthdayEdges(string born, bool expected) =>
        Assert.Equal(expected, Compiled.Matches(new AgeCriterion("birthDate", 18, 64), new Customer { BirthDate = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) }, AsOf));

    [Theory]
    [InlineData(2023, 2, 28, false)] // non-leap year: not 3 on 28 February
    [InlineData(2023, 3, 1, true)] // 3 on 1 March
    [InlineData(2024, 2, 28, false)] // leap year: 4 only on the 29th
    [InlineData(2024, 2, 29, true)]
    public void Age_LeapDayBirthday_CountsFromFirstMarchInOtherYears(int year, int month, int day, bool expected)
    {
        var years = year - 2020;
        var asOf = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero);
        var customer = new Customer { BirthDate = new DateOnly(2020, 2, 29) };

        Assert.Equal(expected, Compiled.Matches(new AgeCriterion("birthDate", years, null), customer, asOf));
    }

    [Fact]
    public void Age_UsesTheAsOfDateInItsOwnOffset()
    {
        var customer = new Customer { BirthDate = new DateOnly(2000, 6, 2) };

        // 2025-06-01T23:00-05:00 is already 2 June in UTC, but the as-of date is 1 June.
        Assert.False(Compiled.Matches(new AgeCriterion("birthDate", 25, null), customer, new DateTimeOffset(2025, 6, 1, 23, 0, 0, TimeSpan.FromHours(-5))));
        Assert.True(Compiled.Matches(new AgeCriterion("birthDate", 25, null), customer, new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Age_OnAnInstantField_ComparesUtcCalendarDates()
    {
        var customer = new Customer { LastOrderAt = new DateTimeOffset(2000, 6, 1, 18, 0, 0, TimeSpan.Zero) };

        Assert.True(Compiled.Matches(new AgeCriterion("lastOrderAt", 25, 25), customer, AsOf));
        Assert.False(Compiled.Matches(new AgeCriterion("lastOrderAt", 25, 25), customer, AsOf.AddDays(-1)));
        Assert.False(Compiled.Matches(new AgeCriterion("lastOrderAt", 0, null), new Customer(), AsOf));
    }

    [Fact]
    public void Age_InvalidBands_AreRejected()
    {
        Assert.Equal("AgeCriterion", Assert.Throws<DefinitionException>(() => new AgeCriterion("birthDate", null, null)).Location);
        Assert.Equal("AgeCriterion(minYears)", Assert.Throws<DefinitionException>(() => new AgeCriterion("birthDate", 30, 29)).Location);
        Assert.Equal("AgeCriterion(minYears)", Assert.Throws<DefinitionException>(() => new AgeCriterion("birthDate", -1, null)).Location);
        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(new SegmentDefinition("s", new AgeCriterion("age", 18, null)), Catalogs.Customer));
        Assert.Equal("$.criteria.kind", error.Location);
    }

    [Theory]
    [InlineData(27.0, false)] // Berlin to Potsdam is about 27.4 km
    [InlineData(27.5, true)]
    public void Radius_BerlinToPotsdam(double radiusKm, bool expected)
    {
        var potsdam = new Customer { Latitude = 52.3906, Longitude = 13.0645 };

        Assert.Equal(expected, Compiled.Matches(new GeoRadiusCriterion("latitude", "longitude", 52.52, 13.405, radiusKm), potsdam));
    }

    [Fact]
    public void Radius_AcrossTheAntimeridianAndAtThePole_UsesTheTrueDistance()
    {
        // 0.2 degrees of longitude at 17.75 S is about 21 km, across 180 degrees.
        var fijiEast = new Customer { Latitude = -17.75, Longitude = 179.9 };
        Assert.True(Compiled.Matches(new GeoRadiusCriterion("latitude", "longitude", -17.75, -179.9, 25), fijiEast));

        // Two points near the North Pole on opposite meridians are about 22 km apart.
        var polar = new Customer { Latitude = 89.9, Longitude = 180 };
        Assert.True(Compiled.Matches(new GeoRadiusCriterion("latitude", "longitude", 89.9, 0, 25), polar));
        Assert.False(Compiled.Matches(new GeoRadiusCriterion("latitude", "longitude", 89.9, 0, 20), polar));
        Assert.False(Compiled.Matches(new GeoRadiusCriterion("latitude", "longitude", 89.9, 0, 20), new Customer { Latitude = 89.9 }));
    }

    [Fact]
    public void Radius_ExplainShowsTheDistance()
    {
        var segment = Compiled.Of(new GeoRadiusCriterion("latitude", "longitude", 52.52, 13.405, 30));

        var explanation = SegmentExplainer.Explain(segment, new Customer { Latitude = 52.3906, Longitude = 13.0645 }, AsOf);

        Assert.True(explanation.IsMatch);
        Assert.StartsWith("distanceKm = 27.", explanation.Root.ObservedText, StringComparison.Ordinal);
        Assert.Equal("distanceKm", explanation.Root.ObservedName);
        Assert.InRange(Assert.IsType<double>(explanation.Root.Observed), 27.0, 28.0);
        Assert.Contains("within 30 km of (52.52, 13.405)", explanation.Root.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Age_ExplainShowsTheAge()
    {
        var segment = Compiled.Of(new AgeCriterion("birthDate", 18, 64));

        var explanation = SegmentExplainer.Explain(segment, new Customer { BirthDate = new DateOnly(2000, 6, 2) }, AsOf);

        Assert.Equal("age(birthDate) = 24", explanation.Root.ObservedText);
        Assert.Equal(24, Assert.IsType<int>(explanation.Root.Observed));
        Assert.Equal("age(birthDate) between 18 and 64 years", explanation.Root.Description);
    }

    [Fact]
    public void Json_WritesAndReadsBothKinds()
    {
        var definition = new SegmentDefinition("s", new AllCriterion(new AgeCriterion("birthDate", 18, null), new GeoRadiusCriterion("latitude", "longitude", 52.52, 13.405, 25)));

        var json = SegmentJson.Serialize(definition);

        Assert.Contains("""{"kind":"age","field":"birthDate","minYears":18}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"longitude","latitude":52.52,"longitude":13.405,"radiusKm":25}""", json, StringComparison.Ordinal);
        Assert.Equal(definition, SegmentJson.Deserialize(json, Catalogs.Customer));
    }

    [Theory]
    [InlineData("""{"kind":"age","field":"birthDate"}""", "$.criteria")]
    [InlineData("""{"kind":"age","field":"birthDate","minYears":30,"maxYears":20}""", "$.criteria.minYears")]
    [InlineData("""{"kind":"age","field":"birthDate","minYears":1.5}""", "$.criteria.minYears")]
    [InlineData("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"longitude","latitude":91,"longitude":0,"radiusKm":5}""", "$.criteria.latitude")]
    [InlineData("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"longitude","latitude":0,"longitude":0,"radiusKm":0}""", "$.criteria.radiusKm")]
    [InlineData("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"name","latitude":0,"longitude":0,"radiusKm":5}""", "$.criteria.longitudeField")]
    public void Json_InvalidNodes_NameTheirLocation(string criteria, string location)
    {
        var json = $$"""{"version":1,"name":"s","criteria":{{criteria}}}""";

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, Catalogs.Customer));

        Assert.Equal(location, error.Location);
    }

    [Fact]
    public void Sqlite_TranslatesAgeAndRadius()
    {
        Customer[] customers =
        [
            new() { Id = 1, BirthDate = new DateOnly(2007, 6, 1), Latitude = 52.3906, Longitude = 13.0645 },
            new() { Id = 2, BirthDate = new DateOnly(2007, 6, 2), Latitude = 52.3471, Longitude = 14.5506 },
            new() { Id = 3, BirthDate = new DateOnly(1950, 1, 1) },
        ];
        using var database = new SqliteDatabase(customers);
        using var context = database.NewContext();
        var adults = Compiled.Of(new AgeCriterion("birthDate", 18, null)).ToExpression(AsOf);
        var nearBerlin = Compiled.Of(new GeoRadiusCriterion("latitude", "longitude", 52.52, 13.405, 30)).ToExpression(AsOf);

        var sql = context.Customers.Where(nearBerlin).ToQueryString();

        Assert.Equal([1, 3], context.Customers.Where(adults).Select(c => c.Id).OrderBy(i => i).ToArray());
        Assert.Equal([1], context.Customers.Where(nearBerlin).Select(c => c.Id).ToArray());
        Assert.Contains("sin(", sql, StringComparison.OrdinalIgnoreCase);
    }
}
