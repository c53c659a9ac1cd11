using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Explain;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Explain;

public sealed class SegmentExplainerTests
{
    internal static SegmentDefinition Vip { get; } = new("VIP", new AllCriterion(
        new InCriterion("country", new[] { "US", "CA", "GB" }.Select(SegmentValue.FromString)),
        new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThanOrEqual, SegmentValue.FromNumber(3), window: new TimeWindowCriterion("placedAt", TimeWindow.Last(90, TimeUnit.Days))),
        new BetweenCriterion("age", SegmentValue.FromNumber(25), SegmentValue.FromNumber(60))));

    [Fact]
    public void Explain_ShowsResultsObservedValuesAndSkippedCriteria()
    {
        var segment = SegmentCompiler.Shared.Compile<Customer>(Vip, Catalogs.Customer);
        var customer = new Customer { Country = "US", Age = 27, Orders = [new Order { PlacedAt = AsOf.AddDays(-3) }, new Order { PlacedAt = AsOf.AddDays(-10) }] };

        var explanation = SegmentExplainer.Explain(segment, customer, AsOf);

        Assert.False(explanation.IsMatch);
        Assert.Equal(segment.IsMatch(customer, AsOf), explanation.IsMatch);
        var lines = explanation.ToString().Split('\n');
        Assert.StartsWith("VIP: no match", lines[0], StringComparison.Ordinal);
        Assert.Equal("[ ] all", lines[1]);
        Assert.Equal("  [x] country in [\"US\",\"CA\",\"GB\"]   (country = \"US\")", lines[2]);
        Assert.Equal("  [ ] count(orders, placedAt in last 90 days) >= 3   (count(orders, placedAt in last 90 days) = 2)", lines[3]);
        Assert.Equal("  [x] age between 25 and 60   (age = 27)   (skipped by the fast path)", lines[4]);
        Assert.Equal("$.criteria.criteria[1]", explanation.Root.Children[1].Path);
    }

    [Fact]
    public void Explain_Observed_HoldsTheValueItselfWithItsNameAndText()
    {
        var customer = new Customer { Country = "US", Age = 27, Orders = [new Order { PlacedAt = AsOf.AddDays(-3) }, new Order { PlacedAt = AsOf.AddDays(-10) }] };

        var explanation = SegmentExplainer.Explain(Vip, Catalogs.Customer, customer, AsOf);

        var (country, orders, age) = (explanation.Root.Children[0], explanation.Root.Children[1], explanation.Root.Children[2]);
        Assert.Equal("US", country.Observed);
        Assert.Equal("country", country.ObservedName);
        Assert.Equal(2, Assert.IsType<int>(orders.Observed));
        Assert.Equal("count(orders, placedAt in last 90 days)", orders.ObservedName);
        Assert.Equal("count(orders, placedAt in last 90 days) = 2", orders.ObservedText);
        Assert.Equal(27, Assert.IsType<int>(age.Observed));
        Assert.Null(explanation.Root.Observed);
        Assert.Null(explanation.Root.ObservedName);
        Assert.Null(explanation.Root.ObservedText);
    }

    [Fact]
    public void Explain_MissingValue_IsNullWithItsName()
    {
        var explanation = SegmentExplainer.Explain(Vip, Catalogs.Customer, new Customer { Country = "US" }, AsOf);

        var age = explanation.Root.Children[2];
        Assert.Null(age.Observed);
        Assert.Equal("age", age.ObservedName);
        Assert.Equal("age = missing", age.ObservedText);
    }

    [Fact]
    public void Explain_Definition_EqualsExplainingTheCompiledSegment()
    {
        var references = new Dictionary<string, SegmentDefinition> { ["adult"] = new("adult", Cmp("age", GreaterThanOrEqual, 18)) };
        var definition = new SegmentDefinition("x", new AllCriterion(new SegmentReferenceCriterion("adult"), Cmp("country", Equal, "US")));
        var customer = new Customer { Country = "US", Age = 17 };

        var fromDefinition = SegmentExplainer.Explain(definition, Catalogs.Customer, customer, AsOf, references);

        var compiled = SegmentCompiler.Shared.Compile<Customer>(definition, Catalogs.Customer, references);
        Assert.False(fromDefinition.IsMatch);
        Assert.Equal(SegmentExplainer.Explain(compiled, customer, AsOf).ToString(), fromDefinition.ToString());
        Assert.Equal(17, fromDefinition.Root.Children[0].Children[0].Observed);
    }

    [Fact]
    public void Explain_Definition_WithoutItsReferences_NamesTheUnknownSegment()
    {
        var definition = new SegmentDefinition("x", new SegmentReferenceCriterion("adult"));

        var error = Assert.Throws<Segmentation.Binding.DefinitionException>(() => SegmentExplainer.Explain(definition, Catalogs.Customer, new Customer(), AsOf));

        Assert.Equal("$.criteria.segment", error.Location);
    }

    [Fact]
    public void Explain_MissingValuesAndReferences_AreShown()
    {
        var references = new Dictionary<string, SegmentDefinition> { ["adult"] = new("adult", Cmp("age", GreaterThanOrEqual, 18)) };
        var segment = SegmentCompiler.Shared.Compile<Customer>(new SegmentDefinition("x", new NotCriterion(new SegmentReferenceCriterion("adult"))), Catalogs.Customer, references);

        var explanation = SegmentExplainer.Explain(segment, new Customer(), AsOf);

        Assert.True(explanation.IsMatch);
        var text = explanation.ToString();
        Assert.Contains("[x] not", text, StringComparison.Ordinal);
        Assert.Contains("[ ] segment adult", text, StringComparison.Ordinal);
        Assert.Contains("(age = missing)", text, StringComparison.Ordinal);
    }
}
