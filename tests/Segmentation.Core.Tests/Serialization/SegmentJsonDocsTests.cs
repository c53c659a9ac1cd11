using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Serialization;

/// <summary>The code and examples shown in docs/json-format.md, kept compiling and true.</summary>
public sealed class SegmentJsonDocsTests
{
    [Fact]
    public void QuickStart_ReadsAndWrites()
    {
        const string json = """{"version":1,"name":"VIP","criteria":{"kind":"in","field":"country","values":["US","CA","GB"]}}""";

        // docs/json-format.md, first snippet
        var catalog = FieldCatalog.FromType<Customer>(o => o.Include("country", "tier", "totalSpend", "orders.amount", "orders.placedAt"));
        SegmentDefinition vip = SegmentJson.Deserialize(json, catalog);
        string text = SegmentJson.Serialize(vip, new SegmentJsonWriteOptions { Indented = true });

        Assert.Equal(vip, SegmentJson.Deserialize(text, catalog));
    }

    [Theory]
    [InlineData("""{ "kind": "any", "criteria": [ { "kind": "isNull", "field": "age" }, { "kind": "compare", "field": "age", "operator": ">=", "value": 30 } ] }""")]
    [InlineData("""{ "kind": "not", "criterion": { "kind": "compare", "field": "optedOut", "operator": "=", "value": true } }""")]
    [InlineData("""{ "kind": "compare", "field": "lastOrderAt", "operator": "<", "value": "2024-05-01T10:30:00.0000000+02:00" }""")]
    [InlineData("""{ "kind": "between", "field": "age", "low": 18, "high": 65 }""")]
    [InlineData("""{ "kind": "notIn", "field": "tier", "values": ["Gold"] }""")]
    [InlineData("""{ "kind": "text", "field": "address.city", "operator": "equals", "value": "oslo", "ignoreCase": true }""")]
    [InlineData("""{ "kind": "hasValue", "field": "address.city" }""")]
    [InlineData("""{ "kind": "set", "field": "tags", "operator": "containsNone", "values": ["vip", "sports"] }""")]
    [InlineData("""{ "kind": "time", "field": "birthDate", "olderThan": 18, "unit": "years" }""")]
    [InlineData("""{ "kind": "time", "field": "lastOrderAt", "from": "2024-05-01T00:00:00Z", "to": "2024-06-01T00:00:00Z" }""")]
    [InlineData("""{ "kind": "aggregate", "collection": "orders", "function": "max", "field": "placedAt", "operator": ">=", "value": "2024-01-01T00:00:00Z" }""")]
    [InlineData("""{ "kind": "segment", "segment": "VIP" }""")]
    [InlineData("""{ "kind": "custom", "name": "spentAtLeast", "arguments": { "amount": 100, "since": "2024-02-29" } }""")]
    public void KindExamples_Read(string criterion)
    {
        var definition = SegmentJson.Deserialize($$"""{"version":1,"name":"s","criteria":{{criterion}}}""", JsonCatalogs.Customer);

        Assert.Equal(definition, SegmentJson.Deserialize(SegmentJson.Serialize(definition), JsonCatalogs.Customer));
    }

    [Fact]
    public void SetExample_Reads()
    {
        const string Json = """
            {
              "version": 1,
              "mode": "firstMatch",
              "fallback": "Others",
              "segments": [
                { "name": "VIP", "criteria": { "kind": "compare", "field": "totalSpend", "operator": ">", "value": 1000 } },
                { "name": "Recent", "description": "ordered lately", "criteria": { "kind": "time", "field": "lastOrderAt", "last": 30, "unit": "days" } }
              ]
            }
            """;

        var set = SegmentJson.DeserializeSet(Json, JsonCatalogs.Customer);

        Assert.Equal(["VIP", "Recent"], set.Segments.Select(s => s.Name));
        Assert.Equal(SegmentSetMode.FirstMatch, set.Mode);
        Assert.Equal("Others", set.Fallback);
    }

    [Theory]
    [InlineData("""{"kind":"all","criteria":[{"kind":"in","field":"country","values":["US"]},{"kind":"compare","field":"name","operator":"startsWith","value":"A"}]}""", """$.criteria.criteria[1].operator: "startsWith" is not a valid "operator" of a "compare" criterion. Expected one of "=", "!=", "<", "<=", ">", ">=".""")]
    [InlineData("""{"kind":"between","field":"age","from":18,"high":65}""", """$.criteria.from: "from" is not a property of a "between" criterion. Expected only: kind, field, low, high.""")]
    [InlineData("""{"kind":"compare","field":"age","operator":"=","value":null}""", """$.criteria.value: null is not a value. Expected a string, number or boolean; to test for a missing value use {"kind": "isNull", "field": ...} or "hasValue".""")]
    [InlineData("""{"kind":"compare","field":"contry","operator":"=","value":"US"}""", """$.criteria.field: 'contry' is not a field of the Customer catalog. Did you mean 'country'?""")]
    public void ErrorExamples_AreTheRealMessages(string criteria, string message)
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize($$"""{"version":1,"name":"VIP","criteria":{{criteria}}}""", JsonCatalogs.Customer));

        Assert.Equal(message, error.Message);
    }
}
