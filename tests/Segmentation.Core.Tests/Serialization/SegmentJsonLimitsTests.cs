using System.Text;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Tests.Serialization;

/// <summary>Depth, list length, string length and document size limits, enforced with clear errors.</summary>
public sealed class SegmentJsonLimitsTests
{
    private const string Leaf = """{"kind":"isNull","field":"age"}""";

    [Theory]
    [InlineData("all")]
    [InlineData("not")]
    public void Deserialize_NestedWithinTheLimit_Reads(string kind)
    {
        var definition = SegmentJson.Deserialize(Document(Nested(kind, 63)), JsonCatalogs.Customer);

        Assert.Equal(64, Depth(definition.Criteria));
    }

    [Theory]
    [InlineData("all", 128, null)]
    [InlineData("all", 129, "$.criteria" + ".criteria[0]")]
    [InlineData("not", 129, "$.criteria" + ".criterion")]
    public void Deserialize_AtAndPastTheDepthLimit_ReadsOrSaysTooDeep(string kind, int depth, string? pathStart)
    {
        var json = Document(Nested(kind, depth - 1));
        if (pathStart is null)
        {
            Assert.Equal(depth, Depth(SegmentJson.Deserialize(json, JsonCatalogs.Customer).Criteria));
            return;
        }

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer));
        Assert.Contains("nested more than 128 deep", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith(pathStart, error.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Deserialize_FarTooDeep_IsADefinitionErrorNotAStackOverflow(int depth)
    {
        var json = Document(Nested("all", depth));

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer, new() { MaxDocumentBytes = 8 * 1024 * 1024 }));

        Assert.Contains("nested more than", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("$.criteria.criteria[0].criteria[0]", error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OnlyOpeningBrackets_IsADefinitionError()
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(new string('[', 1_000_000), JsonCatalogs.Customer));

        Assert.Contains("nested more than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_LowerDepthLimit_IsRespected()
    {
        var options = new SegmentJsonReadOptions { Limits = DefinitionLimits.Default with { MaxDepth = 10 } };

        Assert.Equal(10, Depth(SegmentJson.Deserialize(Document(Nested("all", 9)), JsonCatalogs.Customer, options).Criteria));
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(Document(Nested("all", 10)), JsonCatalogs.Customer, options));
        Assert.Contains("nested more than 10 deep", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AnyOf5000_Reads()
    {
        var items = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $$"""{"kind":"compare","field":"age","operator":"=","value":{{i}}}"""));

        var definition = SegmentJson.Deserialize(Document($$"""{"kind":"any","criteria":[{{items}}]}"""), JsonCatalogs.Customer);

        Assert.Equal(5_000, ((AnyCriterion)definition.Criteria).Criteria.Count);
    }

    [Fact]
    public void Deserialize_ListLongerThanTheLimit_SaysSo()
    {
        var options = new SegmentJsonReadOptions { Limits = DefinitionLimits.Default with { MaxListLength = 3 } };
        var json = Document("""{"kind":"not","criterion":{"kind":"in","field":"country","values":["a","b","c","d"]}}""");

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer, options));

        Assert.Equal("$.criteria.criterion.values", error.Location);
        Assert.Equal("the list has 4 items.", error.Problem);
        Assert.Contains("at most 3", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_StringLongerThanTheLimit_SaysSo()
    {
        var options = new SegmentJsonReadOptions { Limits = DefinitionLimits.Default with { MaxStringLength = 5 } };
        var json = Document("""{"kind":"text","field":"name","operator":"contains","value":"abcdef"}""");

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer, options));

        Assert.Equal("$.criteria.value", error.Location);
        Assert.Contains("6 characters", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NameLongerThan256_SaysSo()
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(Document(Leaf, name: new string('n', 257)), JsonCatalogs.Customer));

        Assert.Equal("$.name", error.Location);
        Assert.Contains("257 characters", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deserialize_DocumentLargerThanTheLimit_IsRejectedInEveryOverload()
    {
        var options = new SegmentJsonReadOptions { MaxDocumentBytes = 100 };
        var json = Document(Leaf, name: new string('n', 80));

        var fromString = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer, options));
        var fromBytes = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeUtf8(Encoding.UTF8.GetBytes(json), JsonCatalogs.Customer, options));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var fromStream = await Assert.ThrowsAsync<DefinitionException>(() => SegmentJson.DeserializeAsync(stream, JsonCatalogs.Customer, options, TestContext.Current.CancellationToken));

        Assert.All(new[] { fromString, fromBytes, fromStream }, e => Assert.Contains("larger than 100 bytes", e.Problem, StringComparison.Ordinal));
        Assert.Equal("$", fromStream.Location);
    }

    [Fact]
    public void Deserialize_MultiByteCharacters_CountAsUtf8Bytes()
    {
        var json = Document(Leaf, name: new string('é', 40));
        var size = Encoding.UTF8.GetByteCount(json);

        Assert.NotNull(SegmentJson.Deserialize(json, JsonCatalogs.Customer, new() { MaxDocumentBytes = size }));
        Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer, new() { MaxDocumentBytes = size - 1 }));
    }

    [Fact]
    public async Task DeserializeAsync_StreamWithByteOrderMark_Reads()
    {
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Document(Leaf))]);

        var definition = await SegmentJson.DeserializeAsync(stream, JsonCatalogs.Customer, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new NullCheckCriterion("age", isNull: true), definition.Criteria);
    }

    [Fact]
    public void Deserialize_HugeConfiguredDepth_DoesNotOverflowTheJsonDepth()
    {
        var options = new SegmentJsonReadOptions { Limits = DefinitionLimits.Default with { MaxDepth = int.MaxValue } };

        Assert.Equal(64, Depth(SegmentJson.Deserialize(Document(Nested("all", 63)), JsonCatalogs.Customer, options).Criteria));
    }

    [Fact]
    public void ReadOptions_NonPositiveDocumentSize_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SegmentJsonReadOptions { MaxDocumentBytes = 0 });

    [Fact]
    public void Serialize_TreeAtTheTreeDepthLimit_IsWritten_AndOneDeeperCannotBeBuilt()
    {
        Criterion criterion = new NullCheckCriterion("age", isNull: true);
        for (var i = 1; i < Criterion.MaxTreeDepth; i++)
        {
            criterion = new NotCriterion(criterion);
        }

        Assert.NotEmpty(SegmentJson.Serialize(new SegmentDefinition("s", criterion)));
        var error = Assert.Throws<DefinitionException>(() => new NotCriterion(criterion));
        Assert.Contains("nested more than 1000 deep", error.Message, StringComparison.Ordinal);
    }

    private static string Document(string criteria, string name = "s") => $$"""{"version":1,"name":"{{name}}","criteria":{{criteria}}}""";

    /// <summary>A leaf under <paramref name="levels"/> levels of all (one child each) or not: depth levels + 1.</summary>
    private static string Nested(string kind, int levels)
    {
        var (open, close) = kind == "all" ? ("""{"kind":"all","criteria":[""", "]}") : ("""{"kind":"not","criterion":""", "}");
        var json = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            json.Append(open);
        }

        json.Append(Leaf);
        for (var i = 0; i < levels; i++)
        {
            json.Append(close);
        }

        return json.ToString();
    }

    private static int Depth(Criterion criterion) => criterion switch
    {
        AllCriterion all => 1 + all.Criteria.Max(Depth),
        NotCriterion not => 1 + Depth(not.Criterion),
        _ => 1,
    };
}
