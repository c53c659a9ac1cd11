using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.Testing.Tests;

public sealed class SegmentAssertJsonTests
{
    [Fact]
    public void RoundTripsThroughJson_ValidDefinition_PassesAndReturnsTheReadBack()
    {
        var read = SegmentAssert.RoundTripsThroughJson(Shop.Vip, Shop.Catalog);

        Assert.Equal(Shop.Vip, read);
    }

    [Fact]
    public void RoundTripsThroughJson_EveryKindOfCriterion_Passes()
    {
        var definition = Segment.For<ShopCustomer>("wide", Shop.Catalog)
            .Where(c => c.Name).StartsWith("jo", ignoreCase: true)
            .And(c => c.TotalSpend).Between(10.5m, 99.25m)
            .AndNot(c => c.Age).IsNull()
            .And(c => c.Orders).Sum(o => o.Amount).Within(o => o.PlacedAt, TimeWindow.Between(Shop.AsOf.AddDays(-7), Shop.AsOf)).GreaterThan(0.5m)
            .Build();

        Assert.Equal(definition, SegmentAssert.RoundTripsThroughJson(definition, Shop.Catalog));
    }

    [Fact]
    public void RoundTripsThroughJson_DefinitionTheCatalogRejects_FailsWithTheJsonAndTheError()
    {
        var definition = new SegmentDefinition("legacy", new ComparisonCriterion("loyaltyPoints", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(100)));

        var error = Assert.Throws<SegmentAssertionException>(() => SegmentAssert.RoundTripsThroughJson(definition, Shop.Catalog));

        Assert.StartsWith("Segment 'legacy' does not round-trip through JSON: its JSON cannot be read back (", error.Message, StringComparison.Ordinal);
        Assert.Contains("loyaltyPoints", error.Message, StringComparison.Ordinal);
        Assert.Contains("Written:\n{", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<SegmentationException>(error.InnerException);
    }

    [Fact]
    public void JsonDifference_EqualDocumentsInAnotherKeyOrder_IsNull() =>
        Assert.Null(JsonDifference.First("""{"a":1,"b":[1,{"c":"x"}]}""", """{"b":[1,{"c":"x"}],"a":1}"""));

    [Theory]
    [InlineData("""{"a":{"b":[1,2,3]}}""", """{"a":{"b":[1,5,3]}}""", "$.a.b[1]: 2 vs 5")]
    [InlineData("""{"a":{"b":[1,2]}}""", """{"a":{"b":[1,2,3]}}""", "$.a.b: 2 items vs 3 items")]
    [InlineData("""{"a":1,"b":2}""", """{"a":1}""", "$.b: 2 vs (missing)")]
    [InlineData("""{"a":1}""", """{"a":1,"z":true}""", "$.z: (missing) vs true")]
    [InlineData("""{"v":"30"}""", """{"v":30}""", "$.v: \"30\" vs 30")]
    public void JsonDifference_DifferentDocuments_NamesTheFirstDifferingNode(string left, string right, string expected) =>
        Assert.Equal(expected, JsonDifference.First(left, right));
}
