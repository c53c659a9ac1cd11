using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Compilation;

public sealed class CustomAndReferenceTests
{
    internal static readonly FieldCatalog WithCriteria = Catalogs.Customer
        .WithCriterion(new TranslatableCriterion<Customer>(
            "bigSpender",
            (c, args) => c.TotalSpend >= args.GetNumber("min"),
            [new CriterionParameter("min", ValueKind.Number)]))
        .WithCriterion(InMemoryCriterion<Customer>.FromPredicate(
            "oddId",
            (c, _) => c.Id % 2 == 1))
        .WithCriterion(InMemoryCriterion<Customer>.FromAsyncPredicate(
            "remoteFlag",
            async (c, args, ct) =>
            {
                await Task.Yield();
                return c.Name == args.GetString("name");
            },
            [new CriterionParameter("name", ValueKind.String)]));

    private static CustomCriterion Custom(string name, string? argument = null, SegmentValue? value = null) =>
        new(name, argument is null ? null : [new(argument, value!.Value)]);

    [Fact]
    public void Compile_TranslatableCriterion_IsInlinedWithItsArgumentsAsAParameter()
    {
        var segment = Of(Custom("bigSpender", "min", SegmentValue.FromNumber(100)), WithCriteria);
        Assert.True(segment.IsTranslatable);
        Assert.True(segment.IsMatch(new Customer { TotalSpend = 100 }, AsOf));
        Assert.False(segment.IsMatch(new Customer { TotalSpend = 99 }, AsOf));
        var text = segment.ToExpression(AsOf).ToString();
        Assert.DoesNotContain("Invoke", text, StringComparison.Ordinal);
        Assert.Single(segment.ToExpression(AsOf).Parameters);
    }

    [Fact]
    public void Compile_InMemoryCriterion_RunsInMemoryAndIsReported()
    {
        var segment = Of(new AllCriterion(Cmp("age", GreaterThan, 1), Custom("oddId")), WithCriteria);
        Assert.False(segment.IsTranslatable);
        Assert.Equal(["oddId"], segment.InMemoryOnlyCriteria);
        Assert.True(segment.IsMatch(new Customer { Id = 3, Age = 5 }, AsOf));
        Assert.False(segment.IsMatch(new Customer { Id = 4, Age = 5 }, AsOf));
    }

    [Fact]
    public async Task Compile_AsyncCriterion_OnlyThroughTheAsyncApi()
    {
        var segment = Of(new AnyCriterion(Custom("remoteFlag", "name", SegmentValue.FromString("Ada")), Cmp("age", Equal, 99)), WithCriteria);
        Assert.True(segment.RequiresAsync);
        Assert.Equal(["remoteFlag"], segment.InMemoryOnlyCriteria);
        Assert.True(await segment.IsMatchAsync(new Customer { Name = "Ada" }, AsOf, TestContext.Current.CancellationToken));
        Assert.False(await segment.IsMatchAsync(new Customer { Name = "Bob" }, AsOf, TestContext.Current.CancellationToken));
        Assert.True(await segment.IsMatchAsync(new Customer { Name = "Bob", Age = 99 }, AsOf, TestContext.Current.CancellationToken));
        var error = Assert.Throws<SegmentationException>(() => segment.IsMatch(new Customer(), AsOf));
        Assert.Contains("remoteFlag", error.Message, StringComparison.Ordinal);
        Assert.Throws<SegmentationException>(() => segment.ToExpression(AsOf));
    }

    [Fact]
    public void Compile_SegmentReference_IsInlined()
    {
        var references = new Dictionary<string, SegmentDefinition>
        {
            ["adult"] = new("adult", Cmp("age", GreaterThanOrEqual, 18)),
        };
        var segment = Of(new AllCriterion(new SegmentReferenceCriterion("adult"), Cmp("country", Equal, "US")), references: references);
        Assert.True(segment.IsMatch(new Customer { Age = 20, Country = "US" }, AsOf));
        Assert.False(segment.IsMatch(new Customer { Age = 17, Country = "US" }, AsOf));
        Assert.Equal(["adult"], segment.ReferencedSegments);
    }

    [Fact]
    public void Compile_ReferenceCycle_IsRejectedNamingTheCycle()
    {
        var references = new Dictionary<string, SegmentDefinition>
        {
            ["a"] = new("a", new SegmentReferenceCriterion("b")),
            ["b"] = new("b", new AllCriterion(Cmp("age", GreaterThan, 1), new SegmentReferenceCriterion("a"))),
        };
        var error = Assert.Throws<DefinitionException>(() => SegmentCompiler.Shared.Compile<Customer>(references["a"], Catalogs.Customer, references));
        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownReference_SaysWhichAreKnown()
    {
        var error = Assert.Throws<DefinitionException>(() => Of(new SegmentReferenceCriterion("ghost")));
        Assert.Equal("$.criteria.segment", error.Location);
        Assert.Contains("ghost", error.Message, StringComparison.Ordinal);
    }
}
