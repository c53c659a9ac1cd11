using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Binding;

public sealed class DefinitionBinderTests
{
    private static SegmentDefinition Define(Criterion criterion) => new("test", criterion);

    [Fact]
    public void Bind_UnknownField_NamesPathAndSuggestion()
    {
        var definition = Define(new AllCriterion(
            new ComparisonCriterion("age", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(30)),
            new InCriterion("contry", [SegmentValue.FromString("US")])));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.criteria[1].field", error.Location);
        Assert.Contains("Did you mean 'country'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_TextOperatorOnNumber_IsRejectedWithWhatIsOffered()
    {
        var definition = Define(new NotCriterion(new TextCriterion("totalSpend", TextOperator.StartsWith, "5")));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.criterion.operator", error.Location);
        Assert.Contains("between", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_WrongValueKind_SaysWhatWasExpected()
    {
        var definition = Define(new ComparisonCriterion("age", ComparisonOperator.Equal, SegmentValue.FromString("thirty")));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.value", error.Location);
        Assert.Contains("a number", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_IsoStringForDateTimeField_BecomesAnInstant()
    {
        var definition = Define(new ComparisonCriterion("lastOrderAt", ComparisonOperator.GreaterThan, SegmentValue.FromString("2024-05-01T00:00:00Z")));

        var bound = (ComparisonCriterion)DefinitionBinder.Bind(definition, Catalogs.Customer).Criteria;

        Assert.Equal(SegmentValue.FromDateTime(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)), bound.Value);
    }

    [Fact]
    public void Bind_EnumFieldWithUnknownMember_ListsTheMembers()
    {
        var definition = Define(new ComparisonCriterion("tier", ComparisonOperator.Equal, SegmentValue.FromString("Platinum")));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Contains("Bronze, Silver, Gold", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AggregateFilter_IsCheckedAgainstTheElementCatalog()
    {
        var definition = Define(new AggregateCriterion(
            "orders", AggregateFunction.Count, null, ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(3),
            filter: new ComparisonCriterion("country", ComparisonOperator.Equal, SegmentValue.FromString("US"))));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.filter.field", error.Location);
    }

    [Fact]
    public void Bind_NestingDeeperThanTheLimit_IsRejected()
    {
        Criterion criterion = new NullCheckCriterion("age", isNull: true);
        for (var i = 0; i < 10; i++)
        {
            criterion = new NotCriterion(criterion);
        }

        var limits = DefinitionLimits.Default with { MaxDepth = 10 };

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(Define(criterion), Catalogs.Customer, limits));
        Assert.Contains("nested more than 10 deep", error.Message, StringComparison.Ordinal);
        Assert.NotNull(DefinitionBinder.Bind(Define(criterion), Catalogs.Customer, limits with { MaxDepth = 11 }));
    }

    [Fact]
    public void Bind_UnregisteredCustomCriterion_IsRejected()
    {
        var definition = Define(new CustomCriterion("hasOpenTicket"));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.name", error.Location);
    }

    [Theory]
    [InlineData(1_001, TimeUnit.Years)]
    [InlineData(12_001, TimeUnit.Months)]
    [InlineData(365_251, TimeUnit.Days)]
    public void Bind_WindowLongerThanAThousandYears_IsRejectedBeforeItOverflows(int amount, TimeUnit unit)
    {
        var definition = Define(new TimeWindowCriterion("lastOrderAt", TimeWindow.Last(amount, unit)));

        var error = Assert.Throws<DefinitionException>(() => DefinitionBinder.Bind(definition, Catalogs.Customer));

        Assert.Equal("$.criteria.last", error.Location);
        Assert.NotNull(DefinitionBinder.Bind(new("ok", new TimeWindowCriterion("lastOrderAt", TimeWindow.OlderThan(amount - 1, unit))), Catalogs.Customer));
    }
}
