using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>Comparisons, between, nulls, nested fields, enums and in-lists: SQLite = memory.</summary>
public sealed class DatabaseParityComparisonTests
{
    private static readonly Customer[] People = ParityCustomers.People();

    public static TheoryData<string, ComparisonOperator, string> Comparisons()
    {
        var data = new TheoryData<string, ComparisonOperator, string>();
        foreach (var op in Enum.GetValues<ComparisonOperator>())
        {
            data.Add("age", op, "30");
            data.Add("age", op, "30.5");
            data.Add("totalSpend", op, "500");
            data.Add("totalSpend", op, "499.99");
            data.Add("score", op, "2.25");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Number_EveryOperator_SameMembers(string field, ComparisonOperator op, string literal)
    {
        var criterion = new ComparisonCriterion(field, op, SegmentValue.FromNumber(decimal.Parse(literal, System.Globalization.CultureInfo.InvariantCulture)));
        Parity.AssertSameMembers(People, Parity.Compile(criterion));
    }

    [Theory]
    [InlineData(Equal)]
    [InlineData(NotEqual)]
    public void StringBoolAndEnum_EqualityOperators_SameMembers(ComparisonOperator op)
    {
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("country", op, SegmentValue.FromString("US"))));
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("name", op, SegmentValue.FromString(""))));
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("optedOut", op, SegmentValue.FromBoolean(true))));
        Assert.NotEmpty(Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("tier", op, SegmentValue.FromString("Gold")))));
    }

    [Theory]
    [InlineData(LessThan)]
    [InlineData(GreaterThanOrEqual)]
    [InlineData(Equal)]
    public void Dates_Comparisons_SameMembers(ComparisonOperator op)
    {
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("lastOrderAt", op, SegmentValue.FromDateTime(ParityCustomers.AsOf.AddDays(-30)))));
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("lastOrderAt", op, SegmentValue.FromDateTime(ParityCustomers.AsOf.AddDays(-30).ToOffset(TimeSpan.FromHours(-7))))));
        Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("birthDate", op, SegmentValue.FromDate(new DateOnly(1989, 12, 10)))));
    }

    [Fact]
    public void Between_NumbersAndInstants_IncludeBothEnds()
    {
        Assert.Equal([5, 7], Parity.AssertSameMembers(People, Parity.Compile(new BetweenCriterion("age", SegmentValue.FromNumber(29), SegmentValue.FromNumber(30)))));
        Assert.Equal([3, 5, 6], Parity.AssertSameMembers(People, Parity.Compile(new BetweenCriterion("totalSpend", SegmentValue.FromNumber(499.99m), SegmentValue.FromNumber(501)))));
        Parity.AssertSameMembers(People, Parity.Compile(new BetweenCriterion("lastOrderAt", SegmentValue.FromDateTime(ParityCustomers.AsOf.AddDays(-30)), SegmentValue.FromDateTime(ParityCustomers.AsOf))));
    }

    [Theory]
    [InlineData("age")]
    [InlineData("name")]
    [InlineData("score")]
    [InlineData("address.city")]
    [InlineData("lastOrderAt")]
    [InlineData("birthDate")]
    [InlineData("tags")]
    public void NullChecks_IsNullAndHasValue_SameMembers(string field)
    {
        var isNull = Parity.AssertSameMembers(People, Parity.Compile(new NullCheckCriterion(field, isNull: true)));
        var hasValue = Parity.AssertSameMembers(People, Parity.Compile(new NullCheckCriterion(field, isNull: false)));
        Assert.Equal(Enumerable.Range(1, People.Length), isNull.Concat(hasValue).Order());
    }

    [Fact]
    public void Not_OfATestOnAMissingValue_MatchesTheMissing()
    {
        var members = Parity.AssertSameMembers(People, Parity.Compile(new NotCriterion(new ComparisonCriterion("age", GreaterThan, SegmentValue.FromNumber(30)))));
        Assert.Contains(3, members);
    }

    [Fact]
    public void NestedField_WithMissingOwnedObject_IsMissing()
    {
        Assert.Equal([1], Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("address.city", Equal, SegmentValue.FromString("Oslo")))));
        Assert.Equal([2, 5, 6, 7], Parity.AssertSameMembers(People, Parity.Compile(new ComparisonCriterion("address.city", NotEqual, SegmentValue.FromString("Oslo")))));
        Assert.Equal([3, 4], Parity.AssertSameMembers(People, Parity.Compile(new NullCheckCriterion("address.city", isNull: true))));
        Assert.Equal([1, 2, 5, 7], Parity.AssertSameMembers(People, Parity.Compile(new TextCriterion("address.city", TextOperator.Contains, "S", ignoreCase: true))));
        Assert.Equal([3, 4], Parity.AssertSameMembers(People, Parity.Compile(new NotCriterion(new InCriterion("address.city", [SegmentValue.FromString("Oslo"), SegmentValue.FromString("oslo"), SegmentValue.FromString("Paris"), SegmentValue.FromString("Lyon")])))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Enum_InAndNotIn_SameMembers(bool negated)
    {
        Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("tier", [SegmentValue.FromString("Gold"), SegmentValue.FromString("Bronze")], negated)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InLists_StringsAndNumbers_SameMembers(bool negated)
    {
        Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("country", [SegmentValue.FromString("US"), SegmentValue.FromString("FR"), SegmentValue.FromString("DE")], negated)));
        Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("age", [SegmentValue.FromNumber(18), SegmentValue.FromNumber(30), SegmentValue.FromNumber(30.5m)], negated)));
        Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("totalSpend", [SegmentValue.FromNumber(499.99m), SegmentValue.FromNumber(0)], negated)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InList_OfFiveThousandItems_TranslatesAndSameMembers(bool negated)
    {
        var ages = Enumerable.Range(0, 5_000).Select(i => SegmentValue.FromNumber(1000 + i)).Append(SegmentValue.FromNumber(36)).Append(SegmentValue.FromNumber(90));
        var members = Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("age", ages, negated)));
        Assert.Equal(negated ? [2, 4, 5, 7] : [1, 6], members);
        var countries = Enumerable.Range(0, 5_000).Select(i => SegmentValue.FromString("X" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(SegmentValue.FromString("GB"));
        Assert.Equal(negated ? [1, 3, 5, 6, 7] : [2], Parity.AssertSameMembers(People, Parity.Compile(new InCriterion("country", countries, negated))));

        // Parameters, not inlined literals (EF Core 10 expands the array into padded scalar parameters).
        using var database = new SqliteDatabase(People);
        var sql = Parity.Sql(database, Parity.Compile(new InCriterion("country", countries, negated)), Parity.AsOf);
        var statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        Assert.Contains(negated ? "NOT IN (@p" : "IN (@p", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("X4999", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("'GB'", statement, StringComparison.Ordinal);
    }
}
