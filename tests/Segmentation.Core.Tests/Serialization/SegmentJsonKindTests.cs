using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Serialization;

namespace Segmentation.Tests.Serialization;

/// <summary>Every node kind: the exact JSON it is written as, and that it reads back to the bound definition.</summary>
public sealed class SegmentJsonKindTests
{
    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(2));

    public static TheoryData<string, Criterion, string> Kinds => new()
    {
        { "all", new AllCriterion(Compare("age", 30), Compare("totalSpend", 1.5m)), """{"kind":"all","criteria":[{"kind":"compare","field":"age","operator":">=","value":30},{"kind":"compare","field":"totalSpend","operator":">=","value":1.5}]}""" },
        { "any", new AnyCriterion(Compare("age", 30)), """{"kind":"any","criteria":[{"kind":"compare","field":"age","operator":">=","value":30}]}""" },
        { "not", new NotCriterion(new ComparisonCriterion("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(true))), """{"kind":"not","criterion":{"kind":"compare","field":"optedOut","operator":"=","value":true}}""" },
        { "compare date-time", new ComparisonCriterion("lastOrderAt", ComparisonOperator.LessThan, SegmentValue.FromDateTime(May1)), """{"kind":"compare","field":"lastOrderAt","operator":"<","value":"2024-05-01T10:30:00.0000000+02:00"}""" },
        { "compare date", new ComparisonCriterion("birthDate", ComparisonOperator.NotEqual, SegmentValue.FromDate(new DateOnly(1990, 12, 31))), """{"kind":"compare","field":"birthDate","operator":"!=","value":"1990-12-31"}""" },
        { "between", new BetweenCriterion("age", SegmentValue.FromNumber(18), SegmentValue.FromNumber(65)), """{"kind":"between","field":"age","low":18,"high":65}""" },
        { "in", new InCriterion("country", [SegmentValue.FromString("US"), SegmentValue.FromString("CA")]), """{"kind":"in","field":"country","values":["US","CA"]}""" },
        { "notIn", new InCriterion("tier", [SegmentValue.FromString("Gold")], negated: true), """{"kind":"notIn","field":"tier","values":["Gold"]}""" },
        { "text", new TextCriterion("name", TextOperator.StartsWith, "Ad"), """{"kind":"text","field":"name","operator":"startsWith","value":"Ad"}""" },
        { "text ignoreCase", new TextCriterion("address.city", TextOperator.Equal, "oslo", ignoreCase: true), """{"kind":"text","field":"address.city","operator":"equals","value":"oslo","ignoreCase":true}""" },
        { "isNull", new NullCheckCriterion("age", isNull: true), """{"kind":"isNull","field":"age"}""" },
        { "hasValue", new NullCheckCriterion("address.city", isNull: false), """{"kind":"hasValue","field":"address.city"}""" },
        { "set", new SetCriterion("tags", SetOperator.ContainsNone, ["vip", "sports"]), """{"kind":"set","field":"tags","operator":"containsNone","values":["vip","sports"]}""" },
        { "time last", new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(90, TimeUnit.Days)), """{"kind":"time","field":"lastOrderAt","last":90,"unit":"days"}""" },
        { "time olderThan", new TimeWindowCriterion("birthDate", TimeWindow.OlderThan(18, TimeUnit.Years)), """{"kind":"time","field":"birthDate","olderThan":18,"unit":"years"}""" },
        { "time between", new TimeWindowCriterion("lastOrderAt", TimeWindow.Between(May1, May1.AddDays(1))), """{"kind":"time","field":"lastOrderAt","from":"2024-05-01T10:30:00.0000000+02:00","to":"2024-05-02T10:30:00.0000000+02:00"}""" },
        {
            "aggregate count with window",
            new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(3, TimeUnit.Months))),
            """{"kind":"aggregate","collection":"orders","function":"count","operator":">=","value":3,"window":{"field":"placedAt","last":3,"unit":"months"}}"""
        },
        {
            "aggregate sum with filter",
            new AggregateCriterion("orders", AggregateFunction.Sum, "amount", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(500), filter: new ComparisonCriterion("returned", ComparisonOperator.Equal, SegmentValue.FromBoolean(false))),
            """{"kind":"aggregate","collection":"orders","function":"sum","field":"amount","operator":">","value":500,"filter":{"kind":"compare","field":"returned","operator":"=","value":false}}"""
        },
        { "segment", new SegmentReferenceCriterion("VIP"), """{"kind":"segment","segment":"VIP"}""" },
        { "custom", new CustomCriterion("spentAtLeast", [new("amount", SegmentValue.FromNumber(100)), new("since", SegmentValue.FromDate(new DateOnly(2024, 2, 29)))]), """{"kind":"custom","name":"spentAtLeast","arguments":{"amount":100,"since":"2024-02-29"}}""" },
        { "custom without arguments", new CustomCriterion("noArgs"), """{"kind":"custom","name":"noArgs"}""" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Serialize_EachKind_WritesTheDocumentedShape(string kind, Criterion criterion, string expected)
    {
        Assert.NotEmpty(kind);
        var json = SegmentJson.Serialize(new SegmentDefinition("s", criterion));

        Assert.Equal($$"""{"version":1,"name":"s","criteria":{{expected}}}""", json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Deserialize_EachKind_ReadsBackTheBoundDefinition(string kind, Criterion criterion, string expected)
    {
        Assert.NotEmpty(kind);
        var catalog = JsonCatalogs.Customer.WithCriterion(new Segmentation.Catalog.TranslatableCriterion<TestModel.Customer>("noArgs", (c, a) => c.OptedOut));
        var definition = new SegmentDefinition("s", criterion, "a description");

        var read = SegmentJson.Deserialize($$"""{"version":1,"name":"s","description":"a description","criteria":{{expected}}}""", catalog);

        Assert.Equal(DefinitionBinder.Bind(definition, catalog), read);
    }

    [Fact]
    public void Deserialize_LeadExample_ReadsEveryPart()
    {
        const string Json = """
            {
              "version": 1,
              "name": "VIP",
              "description": "optional",
              "criteria": {
                "kind": "all",
                "criteria": [
                  { "kind": "in", "field": "country", "values": ["US", "CA", "GB"] },
                  { "kind": "aggregate", "collection": "orders", "function": "count",
                    "window": { "field": "placedAt", "last": 90, "unit": "days" },
                    "operator": ">=", "value": 3 },
                  { "kind": "aggregate", "collection": "orders", "function": "sum", "field": "amount",
                    "filter": { "kind": "compare", "field": "returned", "operator": "=", "value": false },
                    "operator": ">", "value": 500 },
                  { "kind": "not", "criterion": { "kind": "compare", "field": "optedOut", "operator": "=", "value": true } }
                ]
              }
            }
            """;

        var definition = SegmentJson.Deserialize(Json, JsonCatalogs.Customer);

        var expected = new SegmentDefinition(
            "VIP",
            new AllCriterion(
                new InCriterion("country", new[] { "US", "CA", "GB" }.Select(SegmentValue.FromString)),
                new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days))),
                new AggregateCriterion("orders", AggregateFunction.Sum, "amount", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(500), filter: new ComparisonCriterion("returned", ComparisonOperator.Equal, SegmentValue.FromBoolean(false))),
                new NotCriterion(new ComparisonCriterion("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(true)))),
            "optional");
        Assert.Equal(expected, definition);
    }

    [Fact]
    public void Deserialize_KeysInJsonbOrder_Reads()
    {
        // As PostgreSQL jsonb returns it: keys by length, then bytewise; "kind" after shorter keys.
        const string Json = """{"name": "VIP", "version": 1, "criteria": {"kind": "aggregate", "value": 3, "window": {"last": 90, "unit": "days", "field": "placedAt"}, "function": "count", "operator": ">=", "collection": "orders"}}""";

        var definition = SegmentJson.Deserialize(Json, JsonCatalogs.Customer);

        Assert.Equal(
            new AggregateCriterion("orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days))),
            definition.Criteria);
    }

    [Fact]
    public void Deserialize_KindLast_Reads()
    {
        const string Json = """{"criteria": {"value": "US", "operator": "=", "field": "country", "kind": "compare"}, "name": "us", "version": 1}""";

        Assert.Equal(new ComparisonCriterion("country", ComparisonOperator.Equal, SegmentValue.FromString("US")), SegmentJson.Deserialize(Json, JsonCatalogs.Customer).Criteria);
    }

    [Fact]
    public void Serialize_Indented_IsReadableAndReadsBack()
    {
        var definition = new SegmentDefinition("s", new AllCriterion(Compare("age", 30)));

        var json = SegmentJson.Serialize(definition, new SegmentJsonWriteOptions { Indented = true });

        Assert.Contains("\n  \"name\": \"s\"", json, StringComparison.Ordinal);
        Assert.Equal(DefinitionBinder.Bind(definition, JsonCatalogs.Customer), SegmentJson.Deserialize(json, JsonCatalogs.Customer));
    }

    [Fact]
    public void Serialize_Decimal_KeepsEveryDigit()
    {
        var definition = new SegmentDefinition("s", Compare("totalSpend", 79228162514264337593543950335m));

        var json = SegmentJson.Serialize(definition);

        Assert.Contains("\"value\":79228162514264337593543950335", json, StringComparison.Ordinal);
        Assert.Equal(79228162514264337593543950335m, ((ComparisonCriterion)SegmentJson.Deserialize(json, JsonCatalogs.Customer).Criteria).Value.Number);
    }

    private static ComparisonCriterion Compare(string field, decimal value) =>
        new(field, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(value));
}
