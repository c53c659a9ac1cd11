using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Definitions;

/// <summary>
/// Issue 12: the same bad value gives the same <see cref="DefinitionException"/> from the fluent
/// builder as from JSON (one rule, one message); only the location differs, a JSON path or the
/// segment and criterion in code.
/// </summary>
public sealed class DefinitionRulesTests
{
    private static readonly string LongName = new('n', 257);

    private static readonly Dictionary<string, (Func<SegmentDefinition> Dsl, string Json, string JsonLocation, string DslLocation)> Cases = new()
    {
        ["blank segment name"] = (
            () => Segment.For<Customer>("  ").Where(c => c.Age).AtLeast(1).Build(),
            """{"version":1,"name":"  ","criteria":{"kind":"isNull","field":"age"}}""",
            "$.name",
            "Segment.For(name)"),
        ["257-character segment name"] = (
            () => Segment.For<Customer>(LongName).Where(c => c.Age).AtLeast(1).Build(),
            $$$"""{"version":1,"name":"{{{LongName}}}","criteria":{"kind":"isNull","field":"age"}}""",
            "$.name",
            "Segment.For(name)"),
        ["window of -1 days"] = (
            () => Segment.For<Customer>("s").Where(c => c.LastOrderAt).WithinLast(-1, TimeUnit.Days).Build(),
            Criteria("""{"kind":"time","field":"lastOrderAt","last":-1,"unit":"days"}"""),
            "$.criteria.last",
            "s > criterion 1 (lastOrderAt) > TimeWindow.Last(amount)"),
        ["age band 40..20"] = (
            () => Segment.For<Customer>("s").Where(c => c.Age).AtLeast(18).And(c => c.BirthDate).AgeBetween(40, 20).Build(),
            Criteria("""{"kind":"age","field":"birthDate","minYears":40,"maxYears":20}"""),
            "$.criteria.minYears",
            "s > criterion 2 (birthDate) > AgeCriterion(minYears)"),
        ["latitude 91"] = (
            () => Segment.For<Customer>("s").WithinRadius(c => c.Latitude, c => c.Longitude, 91, 0, 5).Build(),
            Criteria("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"longitude","latitude":91,"longitude":0,"radiusKm":5}"""),
            "$.criteria.latitude",
            "s > criterion 1 > GeoRadiusCriterion(latitude)"),
        ["infinite radius"] = (
            () => Segment.For<Customer>("s").WithinRadius(c => c.Latitude, c => c.Longitude, 52.5, 13.4, double.PositiveInfinity).Build(),
            Criteria("""{"kind":"geoRadius","latitudeField":"latitude","longitudeField":"longitude","latitude":52.5,"longitude":13.4,"radiusKm":1e400}"""),
            "$.criteria.radiusKm",
            "s > criterion 1 > GeoRadiusCriterion(radiusKm)"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void BadValue_GivesTheSameDefinitionExceptionFromCodeAndFromJson(string name)
    {
        var (dsl, json, jsonLocation, dslLocation) = Cases[name];

        var fromJson = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, Catalogs.Customer));
        var fromCode = Assert.Throws<DefinitionException>(dsl);

        Assert.Equal(jsonLocation, fromJson.Location);
        Assert.Equal(dslLocation, fromCode.Location);
        Assert.Equal(fromJson.Problem, fromCode.Problem);
        Assert.Equal(fromJson.Expected, fromCode.Expected);
        Assert.Equal($"{dslLocation}: {fromJson.Problem} {fromJson.Expected}", fromCode.Message);
    }

    [Fact]
    public void BadValue_InANestedGroup_IsLocatedByTheChainPositions()
    {
        var error = Assert.Throws<DefinitionException>(() => Segment.For<Customer>("VIP")
            .Where(c => c.Age).AtLeast(18)
            .And(g => g.Where(c => c.Country).EqualTo("US").Or(c => c.BirthDate).AgeAtLeast(201))
            .Build());

        Assert.Equal("VIP > criterion 2 > criterion 2 (birthDate) > AgeCriterion(minYears)", error.Location);
        Assert.Equal("minYears is 201.", error.Problem);
    }

    [Fact]
    public void BadValue_InAnAggregateFilter_IsLocatedUnderTheCollection()
    {
        var error = Assert.Throws<DefinitionException>(() => Segment.For<Customer>("VIP")
            .Where(c => c.Orders).Count().Where(o => o.Where(x => x.PlacedAt).OlderThan(-3, TimeUnit.Days)).AtLeast(1)
            .Build());

        Assert.Equal("VIP > criterion 1 (orders) > filter > criterion 1 (placedAt) > TimeWindow.OlderThan(amount)", error.Location);
    }

    [Fact]
    public void Constructor_BadValue_IsADefinitionExceptionNamingTheConstructorArgument()
    {
        var error = Assert.Throws<DefinitionException>(() => new GeoRadiusCriterion("latitude", "longitude", 0, 181, 5));

        Assert.Equal("GeoRadiusCriterion(longitude)", error.Location);
        Assert.Equal("the longitude 181 is outside -180..180.", error.Problem);
    }

    [Fact]
    public void BlankNames_InTheDsl_AreDefinitionExceptionsLikeJson()
    {
        var reference = Assert.Throws<DefinitionException>(() => Segment.For<Customer>("VIP").Where(c => c.Age).AtLeast(18).AndNot(g => g.InSegment(" ")));
        var json = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(Criteria("""{"kind":"segment","segment":" "}"""), Catalogs.Customer));
        var field = Assert.Throws<DefinitionException>(() => Segment.For<Customer>("VIP").Where<decimal>(""));

        Assert.Equal("VIP > criterion 2 > criterion 1 > SegmentReferenceCriterion(segment)", reference.Location);
        Assert.Equal(json.Problem, reference.Problem);
        Assert.Equal("Where(field)", field.Location);
        Assert.Equal("a field name is empty.", field.Problem);
    }

    [Fact]
    public void Constructor_UndefinedOperator_IsADefinitionException()
    {
        var error = Assert.Throws<DefinitionException>(() => new ComparisonCriterion("age", (ComparisonOperator)99, SegmentValue.FromNumber(1)));

        Assert.Equal("ComparisonCriterion(operator)", error.Location);
        Assert.Contains("GreaterThanOrEqual", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void NullName_IsStillAnArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Segment.For<Customer>(null!));
        Assert.Throws<ArgumentNullException>(() => new SegmentReferenceCriterion(null!));
    }

    private static string Criteria(string criteria) => $$$"""{"version":1,"name":"s","criteria":{{{criteria}}}}""";
}
