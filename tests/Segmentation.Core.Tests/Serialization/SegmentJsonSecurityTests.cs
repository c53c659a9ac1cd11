using Segmentation.Binding;
using Segmentation.Serialization;

namespace Segmentation.Tests.Serialization;

/// <summary>
/// Crafted documents that try to reach CLR members or types. Every one is rejected as a definition
/// error: names in a document are only compared with the format's fixed tables and the catalog.
/// </summary>
public sealed class SegmentJsonSecurityTests
{
    [Theory]
    [InlineData("getType")]
    [InlineData("GetType")]
    [InlineData("secret")]
    [InlineData("Secret")]
    [InlineData("greet")]
    [InlineData("Greet")]
    [InlineData("address.GetType")]
    [InlineData("orders.Count")]
    public void Deserialize_FieldNamingAMethodOrPrivateMember_IsNotAField(string field)
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize($$$"""{"version":1,"name":"s","criteria":{"kind":"compare","field":"{{{field}}}","operator":"=","value":"x"}}""", JsonCatalogs.Customer));

        Assert.Equal("$.criteria.field", error.Location);
        Assert.Contains($"'{field}' is not a field of the Customer catalog", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$type", "System.IO.File, System.Private.CoreLib", "$.criteria['$type']")]
    [InlineData("type", "System.IO.File", "$.criteria.type")]
    [InlineData("$id", "1", "$.criteria['$id']")]
    [InlineData("__proto__", "x", "$.criteria.__proto__")]
    public void Deserialize_TypeMetadataProperty_IsAnUnknownProperty(string property, string value, string location)
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize($$$"""{"version":1,"name":"s","criteria":{"{{{property}}}":"{{{value}}}","kind":"isNull","field":"age"}}""", JsonCatalogs.Customer));

        Assert.Equal(location, error.Location);
        Assert.Contains("is not a property of", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TypeNameAtTheRoot_IsAnUnknownProperty()
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize("""{"$type":"Segmentation.Definitions.SegmentDefinition, Segmentation.Core","version":1,"name":"s","criteria":{"kind":"isNull","field":"age"}}""", JsonCatalogs.Customer));

        Assert.Equal("$['$type']", error.Location);
    }

    [Theory]
    [InlineData("System.IO.File")]
    [InlineData("Segmentation.Definitions.ComparisonCriterion")]
    [InlineData("ComparisonCriterion")]
    [InlineData("Compare")]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    public void Deserialize_KindNamingAClrType_IsAnUnknownKind(string kind)
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize($$$"""{"version":1,"name":"s","criteria":{"kind":"{{{kind}}}","field":"age"}}""", JsonCatalogs.Customer));

        Assert.Equal("$.criteria.kind", error.Location);
        Assert.Contains("is not a kind of criterion", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GetType")]
    [InlineData("System.IO.File.Delete")]
    [InlineData("ToString")]
    public void Deserialize_CustomCriterionNamingAMethod_IsNotRegistered(string name)
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize($$$$"""{"version":1,"name":"s","criteria":{"kind":"custom","name":"{{{{name}}}}","arguments":{"path":"/etc/passwd"}}}""", JsonCatalogs.Customer));

        Assert.Equal("$.criteria.name", error.Location);
        Assert.IsAssignableFrom<SegmentationException>(error);
    }

    [Fact]
    public void Deserialize_AggregateOverANonCollectionMember_IsRejected()
    {
        var error = Assert.Throws<DefinitionException>(() =>
            SegmentJson.Deserialize("""{"version":1,"name":"s","criteria":{"kind":"aggregate","collection":"greet","function":"count","operator":">","value":0}}""", JsonCatalogs.Customer));

        Assert.Equal("$.criteria.collection", error.Location);
    }
}
