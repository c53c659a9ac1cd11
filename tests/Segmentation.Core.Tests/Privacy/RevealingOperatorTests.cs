using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Tests.Privacy;

public sealed class RevealingOperatorTests
{
    private static readonly FieldCatalog Catalog = FieldCatalog.FromType<PrivateCustomer>(o => o.IncludeAll());

    [Theory]
    [InlineData("""{"kind":"text","field":"email","operator":"startsWith","value":"a"}""", "$.criteria.operator")]
    [InlineData("""{"kind":"text","field":"email","operator":"endsWith","value":"a"}""", "$.criteria.operator")]
    [InlineData("""{"kind":"text","field":"account.passwordHash","operator":"contains","value":"a"}""", "$.criteria.operator")]
    [InlineData("""{"kind":"compare","field":"memberNumber","operator":"<","value":5000}""", "$.criteria.operator")]
    [InlineData("""{"kind":"compare","field":"memberNumber","operator":">=","value":5000}""", "$.criteria.operator")]
    [InlineData("""{"kind":"aggregate","collection":"payments","function":"max","field":"amount","operator":">","value":5}""", null)]
    public void ValueRevealingOperator_OnAClassifiedField_IsRefused(string criteria, string? location)
    {
        // Payments are sensitive, not identifiers: ordering on their amounts stays allowed.
        var json = $$"""{"version":1,"name":"s","criteria":{{criteria}}}""";
        if (location is null)
        {
            Assert.Equal("s", SegmentJson.Deserialize(json, Catalog).Name);
            return;
        }

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, Catalog));

        Assert.Equal(location, error.Location);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowRevealingOperators", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"text","field":"email","operator":"equals","value":"a@b.c","ignoreCase":true}""")]
    [InlineData("""{"kind":"compare","field":"customerId","operator":"=","value":"c-5"}""")]
    [InlineData("""{"kind":"in","field":"customerId","values":["c-5","c-6"]}""")]
    [InlineData("""{"kind":"compare","field":"memberNumber","operator":"!=","value":5000}""")]
    [InlineData("""{"kind":"hasValue","field":"email"}""")]
    [InlineData("""{"kind":"age","field":"birthDate","minYears":18}""")]
    [InlineData("""{"kind":"text","field":"country","operator":"startsWith","value":"N"}""")]
    public void NonRevealingOperators_AndUnclassifiedFields_StayAllowed(string criteria)
    {
        var json = $$"""{"version":1,"name":"s","criteria":{{criteria}}}""";

        Assert.Equal("s", SegmentJson.Deserialize(json, Catalog).Name);
    }

    [Fact]
    public void BetweenOnAnIdentifier_IsRefusedInTheDslToo()
    {
        var definition = new SegmentDefinition("s", new BetweenCriterion("memberNumber", SegmentValue.FromNumber(1), SegmentValue.FromNumber(9)));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalog));

        Assert.Equal("$.criteria.kind", error.Location);
    }

    [Fact]
    public void CatalogThatAllowsRevealingOperators_AcceptsThem()
    {
        var catalog = FieldCatalog.FromType<PrivateCustomer>(o => o.Include("email", "memberNumber")
            .Classify("email", FieldClassification.Personal, allowRevealingOperators: true)
            .Classify("memberNumber", FieldClassification.Identifier, allowRevealingOperators: true));

        Assert.Equal("s", SegmentJson.Deserialize("""{"version":1,"name":"s","criteria":{"kind":"text","field":"email","operator":"endsWith","value":"@example.org"}}""", catalog).Name);
        Assert.Equal("s", SegmentJson.Deserialize("""{"version":1,"name":"s","criteria":{"kind":"compare","field":"memberNumber","operator":"<","value":5000}}""", catalog).Name);
    }
}
