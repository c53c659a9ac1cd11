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
        Assert.Equal("  [ ] count(orders, placedAt in last 90 days) >= 3   (observed 2)", lines[3]);
        Assert.Equal("  [x] age between 25 and 60   (age = 27)   (skipped by the fast path)", lines[4]);
        Assert.Equal("$.criteria.criteria[1]", explanation.Root.Children[1].Path);
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
