using System.Text.Json;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Evaluation;
using Segmentation.Serialization;
using Segmentation.Tests.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Definitions;

/// <summary>
/// The rules of a segment set are checked in one place: the same bad set, built with the DSL, with
/// the SegmentSet factories or read from JSON, fails with the same exception type and message.
/// </summary>
public sealed class SegmentSetRulesTests
{
    private static readonly string LongName = new('x', 257);

    public static TheoryData<string[], SegmentSetMode, string?, string> BadSets => new()
    {
        { ["VIP", "Recent", "VIP"], SegmentSetMode.AllMatches, null, "$.segments[2].name: the name \"VIP\" is used by $.segments[0] already. Expected distinct segment names." },
        { ["VIP", "Recent"], SegmentSetMode.FirstMatch, "Recent", "$.fallback: the fallback \"Recent\" is also the name of a segment. Expected a fallback name no segment uses (a first-match set without one falls back to \"Others\")." },
        { ["VIP", "Others"], SegmentSetMode.FirstMatch, null, "$.fallback: the fallback \"Others\" is also the name of a segment. Expected a fallback name no segment uses (a first-match set without one falls back to \"Others\")." },
        { [], SegmentSetMode.AllMatches, null, "$.segments: the set has no segments. Expected at least one segment definition." },
        { ["VIP"], SegmentSetMode.FirstMatch, " ", "$.fallback: the fallback is empty. Expected a non-blank name, or no fallback." },
        { ["VIP"], SegmentSetMode.AllMatches, LongName, "$.fallback: the fallback is 257 characters long. Expected at most 256 characters." },
    };

    /// <summary>A bad set as a JSON document, for the tool's tests too.</summary>
    public static string Json(string[] names, SegmentSetMode mode, string? fallback, string field = "totalSpend")
    {
        var segments = names.Select(n => $$$"""{"name":{{{JsonSerializer.Serialize(n)}}},"criteria":{"kind":"compare","field":"{{{field}}}","operator":">","value":500}}""");
        var fallbackProperty = fallback is null ? string.Empty : $"\"fallback\":{JsonSerializer.Serialize(fallback)},";
        var modeText = mode == SegmentSetMode.FirstMatch ? "firstMatch" : "allMatches";
        return $$"""{"version":1,"mode":"{{modeText}}",{{fallbackProperty}}"segments":[{{string.Join(',', segments)}}]}""";
    }

    [Theory]
    [MemberData(nameof(BadSets))]
    public void BadSet_FromTheDslAndFromJson_FailsWithTheSameTypeAndMessage(string[] names, SegmentSetMode mode, string? fallback, string message)
    {
        var definitions = names.Select(n => Segment.For<Customer>(n).Where(c => c.TotalSpend).GreaterThan(500m).Build()).ToArray();

        var fromDocument = Assert.Throws<DefinitionException>(() => new SegmentSetDocument(definitions, mode, fallback));
        var fromJson = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeSet(Json(names, mode, fallback), JsonCatalogs.Customer));

        Assert.Equal(message, fromDocument.Message);
        Assert.Equal(message, fromJson.Message);
        Assert.Equal(fromDocument.Location, fromJson.Location);
    }

    [Theory]
    [MemberData(nameof(BadSets))]
    public void BadSet_FromTheSegmentSetFactories_FailsWithTheSameTypeAndMessage(string[] names, SegmentSetMode mode, string? fallback, string message)
    {
        var definitions = names.Select(n => new SegmentDefinition(n, new ComparisonCriterion("totalSpend", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(500)))).ToArray();

        Func<SegmentSet<Customer>> create = (mode, fallback) switch
        {
            (SegmentSetMode.AllMatches, null) => () => SegmentSet<Customer>.AllMatches(definitions, Catalogs.Customer),
            (SegmentSetMode.FirstMatch, { } name) => () => SegmentSet<Customer>.FirstMatch(definitions, name, Catalogs.Customer),
            _ => () => SegmentSet<Customer>.Create(new SegmentSetDocument(definitions, mode, fallback), Catalogs.Customer),
        };

        var error = Assert.Throws<DefinitionException>(create);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Mode_Undefined_IsRejectedAtTheModeFromCodeAndFromJson()
    {
        var definition = new SegmentDefinition("VIP", new NullCheckCriterion("age", true));

        var fromCode = Assert.Throws<DefinitionException>(() => new SegmentSetDocument([definition], (SegmentSetMode)7));
        var fromJson = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeSet("""{"version":1,"mode":"bestMatch","segments":[]}""", JsonCatalogs.Customer));

        Assert.Equal(("$.mode", "7 is not a mode."), (fromCode.Location, fromCode.Problem));
        Assert.Equal(("$.mode", "\"bestMatch\" is not a mode."), (fromJson.Location, fromJson.Problem));
        Assert.Equal(fromCode.Expected, fromJson.Expected);
    }

    [Fact]
    public void Constructor_NullSegment_IsAnArgumentErrorNamingTheIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => new SegmentSetDocument([new SegmentDefinition("a", new NullCheckCriterion("age", true)), null!]));

        Assert.Equal("segments", error.ParamName);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }
}
