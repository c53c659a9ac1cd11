using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Database;

/// <summary>References, custom criteria, rejection of in-memory criteria and one plan per shape.</summary>
public sealed class DatabaseParityCompositionTests
{
    private static readonly Customer[] People = ParityCustomers.People();

    private static readonly FieldCatalog WithCriteria = Catalogs.Customer
        .WithCriterion(new TranslatableCriterion<Customer>(
            "bigSpender",
            (c, args) => c.TotalSpend >= args.GetNumber("min") && c.Tags.Contains("vip"),
            [new CriterionParameter("min", ValueKind.Number)]))
        .WithCriterion(InMemoryCriterion<Customer>.FromPredicate("lucky", (c, _) => c.Name?.Length == 5));

    private static readonly Dictionary<string, SegmentDefinition> References = new()
    {
        ["adult"] = new("adult", new ComparisonCriterion("age", GreaterThanOrEqual, SegmentValue.FromNumber(30))),
        ["european"] = new("european", new AllCriterion(new SegmentReferenceCriterion("adult"), new InCriterion("country", [SegmentValue.FromString("GB"), SegmentValue.FromString("DE"), SegmentValue.FromString("fr")]))),
    };

    [Fact]
    public void SegmentReferences_NestedAndNegated_SameMembers()
    {
        Assert.Equal([2, 5, 6], Parity.AssertSameMembers(People, Parity.Compile(new SegmentReferenceCriterion("european"), references: References)));
        Assert.Equal([1], Parity.AssertSameMembers(People, Parity.Compile(new AllCriterion(new SegmentReferenceCriterion("adult"), new NotCriterion(new SegmentReferenceCriterion("european"))), references: References)));
    }

    [Fact]
    public void TranslatableCustomCriterion_IsInlinedAndSameMembers()
    {
        var criterion = new CustomCriterion("bigSpender", [new("min", SegmentValue.FromNumber(500))]);
        Assert.Equal([1, 6], Parity.AssertSameMembers(People, Parity.Compile(criterion, WithCriteria)));
        Assert.Equal([2, 3, 4, 5, 7], Parity.AssertSameMembers(People, Parity.Compile(new NotCriterion(criterion), WithCriteria)));
    }

    [Fact]
    public void WhereSegment_InMemoryCriterion_IsRejectedBeforeAnySqlRuns()
    {
        var segment = Parity.Compile(new AnyCriterion(new ComparisonCriterion("age", GreaterThan, SegmentValue.FromNumber(1)), new CustomCriterion("lucky")), WithCriteria);
        using var database = new SqliteDatabase(People);
        using var context = database.NewContext();

        // The throw comes from building the query: nothing was enumerated, so no SQL ran.
        var error = Assert.Throws<SegmentationException>(() => context.Customers.WhereSegment(segment, Parity.AsOf));

        Assert.Contains("'lucky'", error.Message, StringComparison.Ordinal);
        Assert.Contains("in-memory-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("parity", error.Location);
    }

    [Fact]
    public void WhereSegment_DefinitionsDifferingInLiterals_ShareOneSqlText()
    {
        using var database = new SqliteDatabase(People);
        static Criterion Shape(decimal age, string country, string prefix, int days) => new AllCriterion(
            new ComparisonCriterion("age", GreaterThan, SegmentValue.FromNumber(age)),
            new InCriterion("country", [SegmentValue.FromString(country), SegmentValue.FromString(country + "X")]),
            new TextCriterion("name", TextOperator.StartsWith, prefix),
            new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new("placedAt", TimeWindow.Last(days, TimeUnit.Days))));

        var first = SqlWithoutParameters(Parity.Sql(database, Parity.Compile(Shape(4711, "QQ", "Zyx", 77)), Parity.AsOf));
        var second = SqlWithoutParameters(Parity.Sql(database, Parity.Compile(Shape(8642, "WW", "Vut", 55)), Parity.AsOf.AddDays(3)));

        Assert.Equal(first, second);
        foreach (var literal in new[] { "4711", "QQ", "Zyx", "77", "8642", "WW", "Vut", "55" })
        {
            Assert.DoesNotContain(literal, first, StringComparison.Ordinal);
        }
    }

    // ToQueryString prints parameter values as ".param set" lines before the SQL; the plan is the rest.
    private static string SqlWithoutParameters(string queryString) =>
        string.Join('\n', queryString.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
}
