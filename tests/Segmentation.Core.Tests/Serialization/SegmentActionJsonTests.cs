using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Serialization;

public sealed class SegmentActionJsonTests
{
    private static readonly FieldCatalog Catalog = FieldCatalog.FromType<Customer>(o => o.Include("country", "totalSpend"));

    [Fact]
    public void Action_FromTheDsl_IsWrittenAfterTheDescriptionAndReadBack()
    {
        var definition = Segment.For<Customer>("Big spenders", Catalog)
            .WithDescription("Spent more than 500.")
            .WithAction("Invite them to the VIP programme.")
            .Where(c => c.TotalSpend).GreaterThan(500m)
            .Build();

        var json = SegmentJson.Serialize(definition);
        var again = SegmentJson.Deserialize(json, Catalog);

        Assert.Contains("\"description\":\"Spent more than 500.\",\"action\":\"Invite them to the VIP programme.\",\"criteria\"", json, StringComparison.Ordinal);
        Assert.Equal(definition, again);
        Assert.Equal("Invite them to the VIP programme.", again.Action);
    }

    [Fact]
    public void Action_Absent_IsNullAndNotWritten()
    {
        var definition = new SegmentDefinition("All", new NullCheckCriterion("country", isNull: false));

        var json = SegmentJson.Serialize(definition);

        Assert.Null(definition.Action);
        Assert.DoesNotContain("action", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Action_NotAString_IsADefinitionErrorAtItsPath()
    {
        const string Json = """{"version":1,"segments":[{"name":"a","action":3,"criteria":{"kind":"hasValue","field":"country"}}],"mode":"allMatches"}""";

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.DeserializeSet(Json, Catalog));

        Assert.Equal("$.segments[0].action", error.Location);
    }

    [Fact]
    public void Action_DiffersOnly_DefinitionsAreNotEqual()
    {
        var criteria = new NullCheckCriterion("country", isNull: false);

        Assert.NotEqual(new SegmentDefinition("a", criteria) { Action = "Call them." }, new SegmentDefinition("a", criteria) { Action = "Mail them." });
    }
}
