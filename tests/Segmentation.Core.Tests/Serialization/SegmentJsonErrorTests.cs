using Segmentation.Binding;
using Segmentation.Serialization;

namespace Segmentation.Tests.Serialization;

/// <summary>Every class of bad document: the exception, its JSON path, the problem and what was expected.</summary>
public sealed class SegmentJsonErrorTests
{
    public static TheoryData<string, string, string, string> Errors => new()
    {
        // criteria JSON, expected location, text in the problem, text in the expected part
        { """{"kind":"like","field":"name"}""", "$.criteria.kind", "\"like\" is not a kind of criterion", "\"all\", \"any\", \"not\", \"compare\"" },
        { """{"field":"name"}""", "$.criteria.kind", "has no kind", "\"kind\": one of" },
        { """{"kind":7}""", "$.criteria.kind", "found the number 7", "one of \"all\"" },
        { """{"kind":"isNull","field":"age","feild":"x"}""", "$.criteria.feild", "\"feild\" is not a property of a \"isNull\" criterion", "Expected only: kind, field" },
        { """{"kind":"isNull","field":"age","field":"name"}""", "$.criteria.field", "appears twice", "each property once" },
        { """{"kind":"compare","field":"age","value":3}""", "$.criteria.operator", "has no \"operator\"", "\"=\", \"!=\", \"<\", \"<=\", \">\", \">=\"" },
        { """{"kind":"compare","field":"age","operator":"=>","value":3}""", "$.criteria.operator", "\"=>\" is not a valid \"operator\"", "\"=\", \"!=\", \"<\", \"<=\", \">\", \">=\"" },
        { """{"kind":"compare","field":"age","operator":"startsWith","value":3}""", "$.criteria.operator", "\"startsWith\" is not a valid \"operator\" of a \"compare\" criterion", "\">=\"" },
        { """{"kind":"text","field":"totalSpend","operator":"startsWith","value":"5"}""", "$.criteria.operator", "is not valid for the number field 'totalSpend'", "between" },
        { """{"kind":"compare","field":"age","operator":"=","value":[3]}""", "$.criteria.value", "found an array", "a string, number or boolean" },
        { """{"kind":"compare","field":"age","operator":"=","value":{"n":3}}""", "$.criteria.value", "found an object", "a string, number or boolean" },
        { """{"kind":"compare","field":"age","operator":"=","value":"thirty"}""", "$.criteria.value", "is a string, but 'age' holds numbers", "a number" },
        { """{"kind":"compare","field":"age","operator":"=","value":null}""", "$.criteria.value", "null is not a value", "isNull" },
        { """{"kind":"compare","field":"age","operator":"=","value":1e400}""", "$.criteria.value", "does not fit a decimal", "79228162514264337593543950335" },
        { """{"kind":"compare","field":5,"operator":"=","value":3}""", "$.criteria.field", "found the number 5", "a field name, a string" },
        { """{"kind":"compare","field":"  ","operator":"=","value":3}""", "$.criteria.field", "a field name is empty", "non-blank" },
        { """{"kind":"text","field":"name","operator":"contains","value":"a","ignoreCase":"yes"}""", "$.criteria.ignoreCase", "found the string \"yes\"", "true or false" },
        { """{"kind":"all","criteria":[]}""", "$.criteria.criteria", "the list is empty", "non-empty array" },
        { """{"kind":"all","criteria":{"kind":"isNull","field":"age"}}""", "$.criteria.criteria", "found an object", "array of criterion objects" },
        { """{"kind":"all","criteria":[{"kind":"isNull","field":"age"},"age"]}""", "$.criteria.criteria[1]", "found the string \"age\"", "a criterion object" },
        { """{"kind":"any","criteria":[{"kind":"isNull","field":"age"},{"kind":"in","field":"contry","values":["US"]}]}""", "$.criteria.criteria[1].field", "'contry' is not a field", "Did you mean 'country'?" },
        { """{"kind":"in","field":"country","values":["US",3]}""", "$.criteria.values[1]", "3 is a number", "a string" },
        { """{"kind":"set","field":"tags","operator":"containsAny","values":["vip",true]}""", "$.criteria.values[1]", "found true", "a string" },
        { """{"kind":"time","field":"lastOrderAt","last":90}""", "$.criteria.unit", "has no \"unit\"", "\"days\", \"weeks\", \"months\", \"years\"" },
        { """{"kind":"time","field":"lastOrderAt","last":90,"unit":"fortnights"}""", "$.criteria.unit", "\"fortnights\" is not a valid \"unit\"", "\"days\"" },
        { """{"kind":"time","field":"lastOrderAt","last":-1,"unit":"days"}""", "$.criteria.last", "the window is -1 units long", "0 or more" },
        { """{"kind":"time","field":"lastOrderAt","last":1.5,"unit":"days"}""", "$.criteria.last", "found the number 1.5", "a whole number" },
        { """{"kind":"time","field":"lastOrderAt","last":9,"olderThan":9,"unit":"days"}""", "$.criteria", "mixes several shapes", "exactly one of" },
        { """{"kind":"time","field":"lastOrderAt"}""", "$.criteria", "has no last, olderThan or from/to", "exactly one of" },
        { """{"kind":"time","field":"lastOrderAt","from":"2024-05-02T00:00:00Z","to":"2024-05-01T00:00:00Z"}""", "$.criteria.to", "ends", "at or after" },
        { """{"kind":"time","field":"lastOrderAt","from":"2024-05-01T00:00:00Z","to":"tomorrow"}""", "$.criteria.to", "\"tomorrow\" is not an ISO 8601 instant", "2024-05-01T00:00:00Z" },
        { """{"kind":"time","field":"lastOrderAt","from":"2024-05-01T00:00:00Z","to":"2024-05-02T00:00:00Z","unit":"days"}""", "$.criteria.unit", "a unit is given", "only with last or olderThan" },
        { """{"kind":"time","field":"age","last":1,"unit":"days"}""", "$.criteria", "a time window is not valid for the number field 'age'", "Expected one of" },
        { """{"kind":"aggregate","collection":"orders","function":"count","field":"amount","operator":">","value":1}""", "$.criteria.field", "count takes no field", "sum, average, min, max" },
        { """{"kind":"aggregate","collection":"orders","function":"sum","operator":">","value":1}""", "$.criteria.field", "sum has no field to aggregate", "the element field that sum aggregates" },
        { """{"kind":"aggregate","collection":"orders","function":"median","operator":">","value":1}""", "$.criteria.function", "\"median\" is not a valid \"function\"", "\"count\", \"sum\", \"average\", \"min\", \"max\"" },
        { """{"kind":"aggregate","collection":"orders","function":"count","operator":">","value":1,"filter":{"kind":"isNull","field":"country"}}""", "$.criteria.filter.field", "'country' is not a field of the Order catalog", "Expected one of" },
        { """{"kind":"aggregate","collection":"orders","function":"count","operator":">","value":1,"window":{"field":"placedAt","last":1,"unit":"days","kind":"time"}}""", "$.criteria.window.kind", "\"kind\" is not a property of an aggregate window", "field, last, olderThan, from, to, unit" },
        { """{"kind":"aggregate","collection":"orders","function":"count","operator":">","value":1,"window":{"field":"amount","last":1,"unit":"days"}}""", "$.criteria.window", "a time window is not valid for the number field 'amount'", "Expected one of" },
        { """{"kind":"custom","name":"spentAtLeast","arguments":{"amount":"lots"}}""", "$.criteria.arguments.amount", "is a string", "a number" },
        { """{"kind":"custom","name":"spentAtLeast","arguments":{"amount":1,"colour":"red"}}""", "$.criteria.arguments.colour", "has no parameter 'colour'", "amount, note, since, until, strict" },
        { """{"kind":"custom","name":"spentAtLeast","arguments":{"amount":1,"amount":2}}""", "$.criteria.arguments.amount", "appears twice", "each argument once" },
        { """{"kind":"custom","name":"spentAtLeast","arguments":[1]}""", "$.criteria.arguments", "found an array", "an object of arguments" },
        { """{"kind":"segment","segment":""}""", "$.criteria.segment", "a segment name is empty", "non-blank" },
        { """{"kind":"not","criterion":{"kind":"in","field":"country","values":["US"],"negated":true}}""", "$.criteria.criterion.negated", "\"negated\" is not a property of a \"in\" criterion", "kind, field, values" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Deserialize_BadCriterion_NamesPathProblemAndExpectation(string criteria, string location, string problem, string expected)
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize($$"""{"version":1,"name":"s","criteria":{{criteria}}}""", JsonCatalogs.Customer));

        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        Assert.StartsWith(location + ": ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"s","criteria":{"kind":"isNull","field":"age"}}""", "$.version", "has no version", "this library reads versions 1")]
    [InlineData("""{"version":2,"name":"s","criteria":{"kind":"isNull","field":"age"}}""", "$.version", "version 2 is not supported", "this library reads versions 1")]
    [InlineData("""{"version":"1","name":"s","criteria":{"kind":"isNull","field":"age"}}""", "$.version", "found the string \"1\"", "the number 1")]
    [InlineData("""{"version":1,"criteria":{"kind":"isNull","field":"age"}}""", "$.name", "has no \"name\"", "the segment's name")]
    [InlineData("""{"version":1,"name":"s"}""", "$.criteria", "has no \"criteria\"", "a criterion object")]
    [InlineData("""{"version":1,"name":"s","criteria":{"kind":"isNull","field":"age"},"owner":"me"}""", "$.owner", "\"owner\" is not a property of a segment definition document", "version, name, description, action, criteria")]
    [InlineData("""{"version":1,"name":"s","description":5,"criteria":{"kind":"isNull","field":"age"}}""", "$.description", "found the number 5", "a string")]
    [InlineData("""[{"version":1}]""", "$", "found an array", "an object with \"version\"")]
    [InlineData("""{"version":1,"name":"s","criteria":{"kind":"isNull","field":"age"}} {}""", "$", "not valid JSON", "well-formed JSON")]
    [InlineData("""{"version":1,"name":"s","criteria":{"kind":"in","field":"country","values":["US",]}}""", "$.criteria.values[0]", "not valid JSON", "no trailing commas")]
    [InlineData("""{"version":1,"name":"s","criteria":{"kind":"isNull" "field":"age"}}""", "$.criteria.kind", "not valid JSON", "well-formed JSON")]
    [InlineData("""{"version":1,"name":"s",""", "$.name", "not valid JSON", "well-formed JSON")]
    [InlineData("", "$", "not valid JSON", "well-formed JSON")]
    public void Deserialize_BadDocument_NamesPathProblemAndExpectation(string json, string location, string problem, string expected)
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize(json, JsonCatalogs.Customer));

        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MalformedJson_KeepsTheLineAndPositionOfTheParser()
    {
        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize("{\n\"version\": 1,\n\"name\": 'single'\n}", JsonCatalogs.Customer));

        Assert.Equal("$.name", error.Location);
        Assert.Contains("LineNumber: 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_VeryLongUnknownKind_IsShortenedInTheMessage()
    {
        var kind = new string('x', 100_000);

        var error = Assert.Throws<DefinitionException>(() => SegmentJson.Deserialize($$$"""{"version":1,"name":"s","criteria":{"kind":"{{{kind}}}"}}""", JsonCatalogs.Customer));

        Assert.True(error.Message.Length < 1_000, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
