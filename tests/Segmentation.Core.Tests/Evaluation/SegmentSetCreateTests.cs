using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Serialization;
using Segmentation.Tests.Serialization;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Evaluation;

/// <summary><see cref="SegmentSet{T}.Create"/>: the set a segment set document describes.</summary>
public sealed class SegmentSetCreateTests
{
    private static readonly SegmentDefinition Adults = new("adults", Cmp("age", GreaterThanOrEqual, 18));

    private static readonly SegmentDefinition Us = new("us", Cmp("country", Equal, "US"));

    private static readonly Customer[] People =
    [
        new() { Age = 30, Country = "US" },
        new() { Age = 10, Country = "US" },
        new() { Age = 40, Country = "DE" },
        new() { Age = 5, Country = null },
    ];

    [Fact]
    public void Create_FirstMatchDocumentWithoutFallback_UsesTheDefaultFallback()
    {
        var set = SegmentSet<Customer>.Create(new SegmentSetDocument([Adults, Us], SegmentSetMode.FirstMatch), Catalogs.Customer);

        Assert.Equal((SegmentSetMode.FirstMatch, SegmentSetDocument.DefaultFallback), (set.Mode, set.FallbackName));
        Assert.Equal(["adults", "us", SegmentSetDocument.DefaultFallback], set.Names);
        Assert.Equal([0, 1, 0, 2], People.Select(p => set.Match(p, AsOf).MinIndex));
    }

    [Fact]
    public void Create_AllMatchesDocumentWithFallback_CarriesItAsALabelOutsideTheNames()
    {
        var set = SegmentSet<Customer>.Create(new SegmentSetDocument([Adults, Us], SegmentSetMode.AllMatches, "nobody"), Catalogs.Customer);

        Assert.Equal((SegmentSetMode.AllMatches, "nobody"), (set.Mode, set.FallbackName));
        Assert.Equal(["adults", "us"], set.Names);
        Assert.Equal(-1, set.IndexOf("nobody"));
        Assert.Equal([SegmentMembership.FromIndices([0, 1]), SegmentMembership.Single(1), SegmentMembership.Single(0), SegmentMembership.Empty], People.Select(p => set.Match(p, AsOf)));
    }

    [Theory]
    [InlineData(SegmentSetMode.AllMatches)]
    [InlineData(SegmentSetMode.FirstMatch)]
    public void Create_DocumentReadFromJson_EvaluatesAsTheFactoryBuiltSet(SegmentSetMode mode)
    {
        var json = SegmentJson.SerializeSet(new SegmentSetDocument([Adults, Us], mode, mode == SegmentSetMode.FirstMatch ? "rest" : null));
        var fromJson = SegmentSet<Customer>.Create(SegmentJson.DeserializeSet(json, JsonCatalogs.Customer), JsonCatalogs.Customer);
        var fromFactory = mode == SegmentSetMode.FirstMatch
            ? SegmentSet<Customer>.FirstMatch([Adults, Us], "rest", Catalogs.Customer)
            : SegmentSet<Customer>.AllMatches([Adults, Us], Catalogs.Customer);

        Assert.Equal(fromFactory.Names, fromJson.Names);
        Assert.Equal(fromFactory.Count(People, AsOf).Counts, fromJson.Count(People, AsOf).Counts);
        Assert.Equal(People.Select(p => fromFactory.Match(p, AsOf)), People.Select(p => fromJson.Match(p, AsOf)));
    }

    [Fact]
    public void Create_References_ResolveFromTheSetFirstThenTheExtraDefinitions()
    {
        var usAdults = new SegmentDefinition("usAdults", new AllCriterion(new SegmentReferenceCriterion("adults"), new SegmentReferenceCriterion("us")));
        var shadow = new SegmentDefinition("adults", Cmp("age", GreaterThanOrEqual, 99));

        var set = SegmentSet<Customer>.Create(
            new SegmentSetDocument([usAdults, Adults], SegmentSetMode.FirstMatch, "rest"),
            Catalogs.Customer,
            references: new Dictionary<string, SegmentDefinition> { ["us"] = Us, ["adults"] = shadow });

        Assert.Equal([0, 2, 1, 2], People.Select(p => set.Match(p, AsOf).MinIndex));
    }
}
