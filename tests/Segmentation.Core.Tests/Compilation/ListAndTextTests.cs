using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

public sealed class ListAndTextTests
{
    private static InCriterion In(string field, bool negated, params string[] values) => new(field, values.Select(SegmentValue.FromString), negated);

    [Fact]
    public void Compile_InAndNotIn_OnStrings()
    {
        Assert.True(Matches(In("country", false, "US", "CA", "GB"), new Customer { Country = "CA" }));
        Assert.False(Matches(In("country", false, "US", "CA", "GB"), new Customer { Country = "ca" }));
        Assert.True(Matches(In("country", true, "US", "CA"), new Customer { Country = "DE" }));
        Assert.False(Matches(In("country", true, "US", "CA"), new Customer { Country = "US" }));
    }

    [Fact]
    public void Compile_InAndNotInOnMissingValue_AreBothFalse()
    {
        Assert.False(Matches(In("country", false, "US"), new Customer()));
        Assert.False(Matches(In("country", true, "US"), new Customer()));
    }

    [Fact]
    public void Compile_InOnNumbersAndEnums()
    {
        var ages = new InCriterion("age", [SegmentValue.FromNumber(30), SegmentValue.FromNumber(40.5m)]);
        Assert.True(Matches(ages, new Customer { Age = 30 }));
        Assert.False(Matches(ages, new Customer { Age = 40 }));
        var onlyFractions = new InCriterion("age", [SegmentValue.FromNumber(40.5m)], negated: true);
        Assert.True(Matches(onlyFractions, new Customer { Age = 40 }));
        Assert.False(Matches(onlyFractions, new Customer()));
        Assert.True(Matches(In("tier", false, "Gold", "Silver"), new Customer { Tier = Tier.Silver }));
        Assert.False(Matches(In("tier", false, "Gold", "Silver"), new Customer { Tier = Tier.Bronze }));
    }

    [Theory]
    [InlineData(TextOperator.Equal, "Ada Lovelace", false, true)]
    [InlineData(TextOperator.Equal, "ada lovelace", false, false)]
    [InlineData(TextOperator.Equal, "ada lovelace", true, true)]
    [InlineData(TextOperator.StartsWith, "Ada", false, true)]
    [InlineData(TextOperator.StartsWith, "ADA", false, false)]
    [InlineData(TextOperator.StartsWith, "ADA", true, true)]
    [InlineData(TextOperator.EndsWith, "lace", false, true)]
    [InlineData(TextOperator.EndsWith, "LACE", true, true)]
    [InlineData(TextOperator.Contains, "a Lo", false, true)]
    [InlineData(TextOperator.Contains, "A LO", false, false)]
    [InlineData(TextOperator.Contains, "A LO", true, true)]
    [InlineData(TextOperator.Contains, "", false, true)]
    public void Compile_TextOperators(TextOperator op, string value, bool ignoreCase, bool expected) =>
        Assert.Equal(expected, Matches(new TextCriterion("name", op, value, ignoreCase), new Customer { Name = "Ada Lovelace" }));

    [Theory]
    [InlineData(TextOperator.Equal)]
    [InlineData(TextOperator.StartsWith)]
    [InlineData(TextOperator.EndsWith)]
    [InlineData(TextOperator.Contains)]
    public void Compile_TextOnMissingString_IsFalse(TextOperator op)
    {
        Assert.False(Matches(new TextCriterion("name", op, string.Empty), new Customer()));
        Assert.False(Matches(new TextCriterion("name", op, "a", ignoreCase: true), new Customer()));
    }

    [Theory]
    [InlineData(SetOperator.ContainsAny, new[] { "vip", "x" }, true)]
    [InlineData(SetOperator.ContainsAny, new[] { "Vip" }, false)]
    [InlineData(SetOperator.ContainsAll, new[] { "vip", "music" }, true)]
    [InlineData(SetOperator.ContainsAll, new[] { "vip", "sports" }, false)]
    [InlineData(SetOperator.ContainsNone, new[] { "sports" }, true)]
    [InlineData(SetOperator.ContainsNone, new[] { "sports", "music" }, false)]
    public void Compile_SetOperators(SetOperator op, string[] values, bool expected) =>
        Assert.Equal(expected, Matches(new SetCriterion("tags", op, values), new Customer { Tags = ["vip", "music"] }));

    [Theory]
    [InlineData(SetOperator.ContainsAny, false)]
    [InlineData(SetOperator.ContainsAll, false)]
    [InlineData(SetOperator.ContainsNone, true)]
    public void Compile_SetOnEmptyOrMissingSet_ActsAsEmpty(SetOperator op, bool expected)
    {
        Assert.Equal(expected, Matches(new SetCriterion("tags", op, ["vip"]), new Customer { Tags = [] }));
        Assert.Equal(expected, Matches(new SetCriterion("tags", op, ["vip"]), new Customer { Tags = null! }));
    }
}
