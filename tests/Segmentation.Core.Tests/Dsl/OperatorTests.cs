using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Dsl;

/// <summary>Each operator family produces the criterion one would write by hand.</summary>
public sealed class OperatorTests
{
    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, Func<SegmentBuilder<Customer>, SegmentChain<Customer>>, Criterion> Cases => new()
    {
        { "number =", s => s.Where(c => c.Age).EqualTo(30), Cmp("age", ComparisonOperator.Equal, N(30)) },
        { "number !=", s => s.Where(c => c.Age).NotEqualTo(30), Cmp("age", ComparisonOperator.NotEqual, N(30)) },
        { "number >", s => s.Where(c => c.TotalSpend).GreaterThan(500m), Cmp("totalSpend", ComparisonOperator.GreaterThan, N(500)) },
        { "number >= int literal on decimal", s => s.Where(c => c.TotalSpend).AtLeast(500), Cmp("totalSpend", ComparisonOperator.GreaterThanOrEqual, N(500)) },
        { "number <", s => s.Where(c => c.Score).LessThan(0.5), Cmp("score", ComparisonOperator.LessThan, N(0.5m)) },
        { "number <=", s => s.Where(c => c.Id).AtMost(10), Cmp("id", ComparisonOperator.LessThanOrEqual, N(10)) },
        { "number between", s => s.Where(c => c.Age).Between(18, 65), new BetweenCriterion("age", N(18), N(65)) },
        { "number in", s => s.Where(c => c.Age).In(18, 21), new InCriterion("age", [N(18), N(21)]) },
        { "number notIn", s => s.Where(c => c.Age).NotIn(18), new InCriterion("age", [N(18)], negated: true) },
        { "number isNull", s => s.Where(c => c.Age).IsNull(), new NullCheckCriterion("age", isNull: true) },
        { "number hasValue", s => s.Where(c => c.Score).HasValue(), new NullCheckCriterion("score", isNull: false) },
        { "string =", s => s.Where(c => c.Country).EqualTo("US"), Cmp("country", ComparisonOperator.Equal, S("US")) },
        { "string = ignoreCase", s => s.Where(c => c.Country).EqualTo("us", ignoreCase: true), new TextCriterion("country", TextOperator.Equal, "us", ignoreCase: true) },
        { "string !=", s => s.Where(c => c.Country).NotEqualTo("US"), Cmp("country", ComparisonOperator.NotEqual, S("US")) },
        { "string in", s => s.Where(c => c.Country).In("US", "CA"), new InCriterion("country", [S("US"), S("CA")]) },
        { "string notIn", s => s.Where(c => c.Country).NotIn("US"), new InCriterion("country", [S("US")], negated: true) },
        { "string startsWith", s => s.Where(c => c.Name).StartsWith("Jo"), new TextCriterion("name", TextOperator.StartsWith, "Jo") },
        { "string endsWith", s => s.Where(c => c.Name).EndsWith("son", ignoreCase: true), new TextCriterion("name", TextOperator.EndsWith, "son", ignoreCase: true) },
        { "string contains", s => s.Where(c => c.Address!.City).Contains("port"), new TextCriterion("address.city", TextOperator.Contains, "port") },
        { "string isNull", s => s.Where(c => c.Name).IsNull(), new NullCheckCriterion("name", isNull: true) },
        { "bool true", s => s.Where(c => c.OptedOut).IsTrue(), Cmp("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(true)) },
        { "bool false", s => s.Where(c => c.OptedOut).IsFalse(), Cmp("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(false)) },
        { "enum =", s => s.Where(c => c.Tier).EqualTo(Tier.Gold), Cmp("tier", ComparisonOperator.Equal, S("Gold")) },
        { "enum !=", s => s.Where(c => c.Tier).NotEqualTo(Tier.Bronze), Cmp("tier", ComparisonOperator.NotEqual, S("Bronze")) },
        { "enum in", s => s.Where(c => c.Tier).In(Tier.Gold, Tier.Silver), new InCriterion("tier", [S("Gold"), S("Silver")]) },
        { "enum notIn", s => s.Where(c => c.Tier).NotIn(Tier.Bronze), new InCriterion("tier", [S("Bronze")], negated: true) },
        { "instant after", s => s.Where(c => c.LastOrderAt).After(May1), Cmp("lastOrderAt", ComparisonOperator.GreaterThan, I(May1)) },
        { "instant onOrAfter", s => s.Where(c => c.LastOrderAt).OnOrAfter(May1), Cmp("lastOrderAt", ComparisonOperator.GreaterThanOrEqual, I(May1)) },
        { "instant before", s => s.Where(c => c.LastOrderAt).Before(May1), Cmp("lastOrderAt", ComparisonOperator.LessThan, I(May1)) },
        { "instant onOrBefore", s => s.Where(c => c.LastOrderAt).OnOrBefore(May1), Cmp("lastOrderAt", ComparisonOperator.LessThanOrEqual, I(May1)) },
        { "instant between", s => s.Where(c => c.LastOrderAt).Between(May1, May1.AddDays(7)), new BetweenCriterion("lastOrderAt", I(May1), I(May1.AddDays(7))) },
        { "instant withinLast", s => s.Where(c => c.LastOrderAt).WithinLast(30, TimeUnit.Days), new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(30, TimeUnit.Days)) },
        { "instant olderThan", s => s.Where(c => c.LastOrderAt).OlderThan(1, TimeUnit.Years), new TimeWindowCriterion("lastOrderAt", TimeWindow.OlderThan(1, TimeUnit.Years)) },
        { "instant window between", s => s.Where(c => c.LastOrderAt).InWindow(TimeWindow.Between(May1, May1.AddDays(1))), new TimeWindowCriterion("lastOrderAt", TimeWindow.Between(May1, May1.AddDays(1))) },
        { "instant isNull", s => s.Where(c => c.LastOrderAt).IsNull(), new NullCheckCriterion("lastOrderAt", isNull: true) },
        { "date =", s => s.Where(c => c.BirthDate).EqualTo(new DateOnly(2000, 1, 1)), Cmp("birthDate", ComparisonOperator.Equal, SegmentValue.FromDate(new DateOnly(2000, 1, 1))) },
        { "date before", s => s.Where(c => c.BirthDate).Before(new DateOnly(2000, 1, 1)), Cmp("birthDate", ComparisonOperator.LessThan, SegmentValue.FromDate(new DateOnly(2000, 1, 1))) },
        { "date olderThan", s => s.Where(c => c.BirthDate).OlderThan(18, TimeUnit.Years), new TimeWindowCriterion("birthDate", TimeWindow.OlderThan(18, TimeUnit.Years)) },
        { "set any", s => s.Where(c => c.Tags).ContainsAny("a", "b"), new SetCriterion("tags", SetOperator.ContainsAny, ["a", "b"]) },
        { "set all", s => s.Where(c => c.Tags).ContainsAll("a"), new SetCriterion("tags", SetOperator.ContainsAll, ["a"]) },
        { "set none", s => s.Where(c => c.Tags).ContainsNone("spam"), new SetCriterion("tags", SetOperator.ContainsNone, ["spam"]) },
        { "set isNull", s => s.Where(c => c.Tags).IsNull(), new NullCheckCriterion("tags", isNull: true) },
        { "whereNot", s => s.WhereNot(c => c.OptedOut).IsTrue(), new NotCriterion(Cmp("optedOut", ComparisonOperator.Equal, SegmentValue.FromBoolean(true))) },
        { "nested property", s => s.Where(c => c.Address!.PostalCode).StartsWith("10"), new TextCriterion("address.postalCode", TextOperator.StartsWith, "10") },
        { "segment ref", s => s.InSegment("vip"), new SegmentReferenceCriterion("vip") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Operator_Build_ProducesExpectedCriterion(string name, Func<SegmentBuilder<Customer>, SegmentChain<Customer>> build, Criterion expected)
    {
        var definition = build(Segment.For<Customer>("s")).Build();

        Assert.True(expected.Equals(definition.Criteria), $"{name}: expected {expected}, got {definition.Criteria}");
    }

    [Fact]
    public void DateTimeField_UnspecifiedKind_IsReadAsUtc()
    {
        var catalog = FieldCatalog.For<Event>().Add(e => e.At).Build();

        var definition = Segment.For<Event>("e", catalog).Where(e => e.At).After(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Unspecified)).Build();

        Assert.Equal(Cmp("at", ComparisonOperator.GreaterThan, I(May1)), definition.Criteria);
    }

    [Fact]
    public void Number_NaN_IsRejectedNamingTheField()
    {
        var error = Assert.Throws<SegmentationException>(() => Segment.For<Customer>("s").Where(c => c.Score).GreaterThan(double.NaN));

        Assert.Equal("score", error.Location);
    }

    private static ComparisonCriterion Cmp(string field, ComparisonOperator op, SegmentValue value) => new(field, op, value);

    private static SegmentValue N(decimal value) => SegmentValue.FromNumber(value);

    private static SegmentValue S(string value) => SegmentValue.FromString(value);

    private static SegmentValue I(DateTimeOffset value) => SegmentValue.FromDateTime(value);

    public sealed class Event
    {
        public DateTime At { get; set; }
    }
}
