using Segmentation.Binding;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Explain;
using Segmentation.Serialization;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;
using static Segmentation.Tests.Compilation.Compiled;

namespace Segmentation.Tests.Definitions;

/// <summary>
/// Trees built in code are at most <see cref="Criterion.MaxTreeDepth"/> deep, so no walk overflows the
/// stack: regression for a 100,000-deep tree that killed the process in <c>Equals</c> and <c>ToString</c>.
/// </summary>
public sealed class DeepTreeTests
{
    private static readonly ComparisonCriterion Leaf = Cmp("age", GreaterThan, 30);
    private static readonly DefinitionLimits Limits = DefinitionLimits.Default with { MaxDepth = Criterion.MaxTreeDepth };

    [Fact]
    public void Not_100000Deep_ThrowsOnceTheTreePassesTheLimit()
    {
        Criterion criterion = Leaf;
        var built = 0;
        var error = Assert.Throws<DefinitionException>(() =>
        {
            for (; built < 100_000; built++)
            {
                criterion = new NotCriterion(criterion);
            }
        });

        Assert.Equal(Criterion.MaxTreeDepth - 1, built);
        Assert.Equal("NotCriterion", error.Location);
        Assert.Contains("nested more than 1000 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllAnyAndAggregateFilters_100000Deep_Throw()
    {
        Assert.Throws<DefinitionException>(() => Nest(100_000, c => new AllCriterion(c, Leaf)));
        Assert.Throws<DefinitionException>(() => Nest(100_000, c => new AnyCriterion(Leaf, c)));
        Assert.Throws<DefinitionException>(() => Nest(100_000, c => new AggregateCriterion("orders", AggregateFunction.Count, null, GreaterThan, SegmentValue.FromNumber(0), c)));
    }

    [Fact]
    public void TreeAtTheLimit_EqualityAndHashing_RunOnASmallStack() => RunOnSmallStack(() =>
    {
        Assert.Equal(Deepest(), Deepest());
        Assert.Equal(Deepest().GetHashCode(), Deepest().GetHashCode());
    });

    [Fact]
    public void TreeAtTheLimit_ToString_RunsOnASmallStack() => RunOnSmallStack(() => Assert.NotEmpty(Deepest().ToString()));

    [Fact]
    public void TreeAtTheLimit_Binding_RunsOnASmallStack() => RunOnSmallStack(() =>
        Assert.Equal(Criterion.MaxTreeDepth, DefinitionBinder.Bind(new SegmentDefinition("deep", Deepest()), Catalogs.Customer, Limits).Criteria.Depth));

    [Fact]
    public void TreeAtTheLimit_CompilationAndEvaluation_RunOnASmallStack() => RunOnSmallStack(() =>
    {
        var customer = new Customer { Age = 40 };
        var segment = new SegmentCompiler(Limits).Compile<Customer>(new SegmentDefinition("deep", Deepest()), Catalogs.Customer);
        Assert.Equal(segment.ToExpression(AsOf).Compile()(customer), segment.IsMatch(customer, AsOf));
    });

    [Fact]
    public void TreeAtTheLimit_Explain_RunsOnASmallStack() => RunOnSmallStack(() =>
    {
        var segment = new SegmentCompiler(Limits).Compile<Customer>(new SegmentDefinition("deep", Deepest()), Catalogs.Customer);
        Assert.NotEmpty(SegmentExplainer.Explain(segment, new Customer { Age = 40 }, AsOf).ToString());
    });

    [Fact]
    public void TreeAtTheLimit_JsonRoundTrip_RunsOnASmallStack() => RunOnSmallStack(() =>
    {
        var definition = new SegmentDefinition("deep", Deepest());
        var json = SegmentJson.Serialize(definition);
        Assert.Equal(definition, SegmentJson.Deserialize(json, Catalogs.Customer, new SegmentJsonReadOptions { Limits = Limits }));
    });

    // Each level alternates all, not and any, so every walk recurses through each kind.
    private static Criterion Deepest() => Nest(Criterion.MaxTreeDepth - 1, (c, i) => (i % 3) switch
    {
        0 => new AllCriterion(c, Leaf),
        1 => new NotCriterion(c),
        _ => new AnyCriterion(Leaf, c),
    });

    private static Criterion Nest(int levels, Func<Criterion, Criterion> wrap) => Nest(levels, (c, _) => wrap(c));

    private static Criterion Nest(int levels, Func<Criterion, int, Criterion> wrap)
    {
        Criterion criterion = Leaf;
        for (var i = 0; i < levels; i++)
        {
            criterion = wrap(criterion, i);
        }

        return criterion;
    }

    // 1.5 MiB of stack, what a thread-pool thread has on Linux (the main thread has 8 MiB).
    private static void RunOnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 1536 << 10);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException("A walk failed on a 1.5 MiB stack: " + failure);
        }
    }
}
