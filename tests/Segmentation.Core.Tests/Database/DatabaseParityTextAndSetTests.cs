using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Text operators with and without ignoreCase, and string sets: SQLite = memory.</summary>
public sealed class DatabaseParityTextAndSetTests
{
    private static readonly Customer[] People = ParityCustomers.People();

    public static TheoryData<TextOperator, string, bool> TextCases()
    {
        var data = new TheoryData<TextOperator, string, bool>();
        foreach (var op in Enum.GetValues<TextOperator>())
        {
            // Case variants, LIKE wildcards (% and _) that must be taken literally, and the empty string.
            foreach (var value in new[] { "ada", "Ada", "A", "LACE", "%", "_", "0% off_", "", "zz" })
            {
                data.Add(op, value, false);
                data.Add(op, value, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Text_EveryOperatorAndCaseMode_SameMembers(TextOperator op, string value, bool ignoreCase) =>
        Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("name", op, value, ignoreCase)));

    [Fact]
    public void Text_IgnoreCase_MatchesOtherCases()
    {
        Assert.Equal([1, 3], Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("name", TextOperator.StartsWith, "ada", ignoreCase: true))));
        Assert.Empty(Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("name", TextOperator.StartsWith, "ada", ignoreCase: false))));
        Assert.Equal([5], Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("name", TextOperator.Contains, "%", ignoreCase: false))));
    }

    [Fact]
    public void Equality_IgnoreCase_OnStrings_SameMembers()
    {
        Assert.Equal([1, 2], Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("address.city", TextOperator.Equal, "OSLO", ignoreCase: true))));
    }

    public static TheoryData<SetOperator, string[]> SetCases()
    {
        var data = new TheoryData<SetOperator, string[]>();
        foreach (var op in Enum.GetValues<SetOperator>())
        {
            data.Add(op, ["vip"]);
            data.Add(op, ["vip", "newsletter"]);
            data.Add(op, ["Vip", "music"]);
            data.Add(op, ["nobody"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SetCases))]
    public void Sets_EveryOperator_SameMembers(SetOperator op, string[] values) =>
        Parity.AssertSameMembers(People, Parity.Compile(new SetCriterion("tags", op, values)));

    [Fact]
    public void Sets_AreOrdinalAndAnEmptySetContainsNone()
    {
        Assert.Equal([1, 6], Parity.AssertSameMembers(People, Parity.Compile(new SetCriterion("tags", SetOperator.ContainsAll, ["vip", "newsletter"]))));
        Assert.Equal([2], Parity.AssertSameMembers(People, Parity.Compile(new SetCriterion("tags", SetOperator.ContainsAny, ["Vip"]))));
        Assert.Equal([2, 3, 4, 5, 7], Parity.AssertSameMembers(People, Parity.Compile(new SetCriterion("tags", SetOperator.ContainsNone, ["vip"]))));
    }
}
