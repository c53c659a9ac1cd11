using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Tests.Serialization;

/// <summary>Segment set documents: several definitions, an assignment mode and a fallback name.</summary>
public sealed class SegmentJsonSetTests
{
    private static readonly SegmentDefinition Vip = new("VIP", new ComparisonCriterion("totalSpend", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(1000)));

    private static readonly SegmentDefinition Recent = new("Recent", new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(30, TimeUnit.Days)), "ordered lately");

    [Fact]
    public void SerializeSet_WritesModeFallbackAndSegments()
    {
        var json = SegmentJson.SerializeSet(new SegmentSetDocument([Vip, Recent], SegmentSetMode.FirstMatch, "Others"));

        Assert.Equal(
            """{"version":1,"mode":"firstMatch","fallback":"Others","segments":[{"name":"VIP","criteria":{"kind":"compare","field":"totalSpend","operator":">","value":1000}},{"name":"Recent","description":"ordered lately","criteria":{"kind":"time","field":"lastOrderAt","last":30,"unit":"days"}}]}""",
            json);
    }

    [Theory]
    [InlineData(SegmentSetMode.AllMatches, null)]
    [InlineData(SegmentSetMode.FirstMatch, "Others")]
    public void DeserializeSet_OfSerializeSet_IsTheSameSet(SegmentSetMode mode, string? fallback)
    {
        var set = new SegmentSetDocument([Vip, Recent], mode, fallback);

        var read = SegmentJson.DeserializeSet(KeyOrder.Jsonb(SegmentJson.SerializeSet(set)), JsonCatalogs.Customer);

        Assert.Equal(set, read);
    }

    [Fact]
    public async Task DeserializeSetAsync_ReadsAStream()
    {
        var set = new SegmentSetDocument([Vip]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SegmentJson.SerializeSet(set)));

        Assert.Equal(set, await SegmentJson.DeserializeSetAsync(stream, JsonCatalogs.Customer, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void DeserializeSet_WithoutMode_AssignsAllMatches()
    {
        var read = SegmentJson.DeserializeSet("""{"version":1,"segments":[]}""", JsonCatalogs.Customer);

        Assert.Equal(SegmentSetMode.AllMatches, read.Mode);
        Assert.Empty(read.Segments);
        Assert.Null(read.Fallback);
    }

    [Fact]
    public void DeserializeSet_BindsDateStrings_LikeASingleDefinition()
    {
        var read = SegmentJson.DeserializeSet("""{"version":1,"segments":[{"name":"a","criteria":{"kind":"compare","field":"birthDate","operator":"<","value":"2000-01-01"}}]}""", JsonCatalogs.Customer);

        Assert.Equal(SegmentValue.FromDate(new DateOnly(2000, 1, 1)), ((ComparisonCriterion)read.Segments[0].Criteria).Value);
    }

    [Theory]
    [InlineData("""{"version":1,"segments":[{"name":"a","criteria":{"kind":"isNull","field":"agee"}}]}""", "$.segments[0].criteria.field", "'agee' is not a field")]
    [InlineData("""{"version":1,"segments":[{"name":"a","criteria":{"kind":"isNull","field":"age"}},{"name":"a","criteria":{"kind":"isNull","field":"age"}}]}""", "$.segments[1].name", "is used by $.segments[0] already")]
    [InlineData("""{"version":1,"segments":[{"name":"a","version":1,"criteria":{"kind":"isNull","field":"age"}}]}""", "$.segments[0].version", "is not a property of a segment definition")]
    [InlineData("""{"version":1,"mode":"bestMatch","segments":[]}""", "$.mode", "\"bestMatch\" is not a mode")]
    [InlineData("""{"version":1,"fallback":"a","segments":[{"name":"a","criteria":{"kind":"isNull","field":"age"}}]}""", "$.fallback", "is also the name of a segment")]
    [InlineData("""{"version":1,"segments":{}}""", "$.segments", "found an object")]
    [InlineData("""{"version":1}""", "$.segments", "has no \"segments\"")]
    [InlineData("""{"segments":[]}""", "$.version", "has no version")]
    public void DeserializeSet_BadDocument_NamesThePath(string json, string location, string problem)
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeSet(json, JsonCatalogs.Customer));

        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentSetDocument_DuplicateNames_AreRejected() =>
        Assert.Throws<DefinitionException>(() => new SegmentSetDocument([Vip, Vip]));

    [Fact]
    public void SegmentSetDocument_ComparesByValue() =>
        Assert.Equal(new SegmentSetDocument([Vip, Recent], SegmentSetMode.FirstMatch, "x"), new SegmentSetDocument([Vip, Recent], SegmentSetMode.FirstMatch, "x"));
}
