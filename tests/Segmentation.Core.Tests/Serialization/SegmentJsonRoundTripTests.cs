using FsCheck.Xunit;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Serialization;
using Segmentation.Tests.Generators;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Serialization;

/// <summary>The round-trip laws: reading what was written gives the bound definition back, in any key order.</summary>
public sealed class SegmentJsonRoundTripTests
{
    [Property(Arbitrary = [typeof(SerializationArbitraries)], MaxTest = 300)]
    public void Deserialize_OfSerialize_IsTheBoundDefinition(SegmentDefinition definition)
    {
        var json = SegmentJson.Serialize(definition);

        Assert.Equal(DefinitionBinder.Bind(definition, JsonCatalogs.Customer), SegmentJson.Deserialize(json, JsonCatalogs.Customer));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Deserialize_OfSerialize_HoldsForTheSharedGenerators(SegmentDefinition definition)
    {
        var json = SegmentJson.Serialize(definition, new SegmentJsonWriteOptions { Indented = true });

        Assert.Equal(DefinitionBinder.Bind(definition, Catalogs.Customer), SegmentJson.Deserialize(json, Catalogs.Customer));
    }

    [Property(Arbitrary = [typeof(SerializationArbitraries)], MaxTest = 200)]
    public void Deserialize_WithKeysInAnyOrder_GivesTheSameDefinition(SegmentDefinition definition, int seed)
    {
        var json = SegmentJson.Serialize(definition);
        var expected = SegmentJson.Deserialize(json, JsonCatalogs.Customer);

        Assert.Equal(expected, SegmentJson.Deserialize(KeyOrder.Reversed(json), JsonCatalogs.Customer));
        Assert.Equal(expected, SegmentJson.Deserialize(KeyOrder.Jsonb(json), JsonCatalogs.Customer));
        Assert.Equal(expected, SegmentJson.Deserialize(KeyOrder.Shuffled(json, seed), JsonCatalogs.Customer));
    }

    [Property(Arbitrary = [typeof(SerializationArbitraries)], MaxTest = 100)]
    public void Serialize_OfABoundDefinition_IsStable(SegmentDefinition definition)
    {
        var bound = DefinitionBinder.Bind(definition, JsonCatalogs.Customer);
        var json = SegmentJson.Serialize(bound);

        Assert.Equal(json, SegmentJson.Serialize(SegmentJson.Deserialize(json, JsonCatalogs.Customer)));
    }

    [Property(Arbitrary = [typeof(SerializationArbitraries)], MaxTest = 50)]
    public async Task DeserializeUtf8AndAsync_AgreeWithDeserialize(SegmentDefinition definition)
    {
        var json = SegmentJson.Serialize(definition);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var expected = SegmentJson.Deserialize(json, JsonCatalogs.Customer);

        Assert.Equal(expected, SegmentJson.DeserializeUtf8(bytes, JsonCatalogs.Customer));
        using var stream = new MemoryStream(bytes);
        Assert.Equal(expected, await SegmentJson.DeserializeAsync(stream, JsonCatalogs.Customer, cancellationToken: TestContext.Current.CancellationToken));
    }
}
