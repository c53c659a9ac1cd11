using Microsoft.Extensions.DependencyInjection;
using Segmentation.Binding;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.DependencyInjection;

public sealed class DefinitionReloadTests
{
    [Fact]
    public void Reload_ValidSet_SwapsWholeSetAndNotifies()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();
        SegmentDefinitionsChangedEventArgs? seen = null;
        definitions.Changed += (_, e) => seen = e;

        var current = definitions.Reload(Generation(7, count: 3));

        Assert.Equal(2, current.Version);
        Assert.Equal(["s0", "s1", "s2"], definitions.Names);
        Assert.NotNull(seen);
        Assert.Same(current, seen.Current);
        Assert.Equal(["vip", "needsCall", "callList"], seen.Previous.Names);
        Assert.False(definitions.TryGet("vip", out _));
    }

    [Fact]
    public void Reload_InvalidDefinition_KeepsTheOldSetAndDoesNotNotify()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();
        var before = definitions.Current;
        var notified = false;
        definitions.Changed += (_, _) => notified = true;
        var bad = new SegmentDefinition("bad", new AllCriterion(new NullCheckCriterion("age", true), new ComparisonCriterion("nope", ComparisonOperator.Equal, SegmentValue.FromNumber(1))));

        var error = Assert.Throws<DefinitionException>(() => definitions.Reload([.. Generation(1, 5), bad]));

        Assert.Equal("$.criteria.criteria[1].field", error.Location);
        Assert.Same(before, definitions.Current);
        Assert.False(notified);
    }

    [Fact]
    public void Reload_DuplicateNames_AreRejected()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();

        var error = Assert.Throws<DefinitionException>(() => definitions.Reload([.. Generation(1, 2), .. Generation(2, 1)]));

        Assert.Equal("$.segments[2].name", error.Location);
        Assert.Equal("the name \"s0\" is used by $.segments[0] already.", error.Problem);
    }

    [Fact]
    public void Reload_UnknownReference_NamesThePath()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();
        var dangling = new SegmentDefinition("a", new NotCriterion(new SegmentReferenceCriterion("vipp")));

        var error = Assert.Throws<DefinitionException>(() => definitions.Reload([dangling, new SegmentDefinition("vip", new NullCheckCriterion("age", false))]));

        Assert.Equal("$.criteria.criterion.segment", error.Location);
        Assert.Contains("Did you mean 'vip'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_ReferenceCycle_IsRejectedNamingTheCycle()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();

        var error = Assert.Throws<SegmentationException>(() => definitions.Reload([
            new SegmentDefinition("a", new SegmentReferenceCriterion("b")),
            new SegmentDefinition("b", new AllCriterion(new NullCheckCriterion("age", false), new SegmentReferenceCriterion("a"))),
        ]));

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_UnderConcurrentReaders_ReadersNeverSeeAMixedSet()
    {
        using var provider = AddSegmentationTests.Services().BuildServiceProvider();
        var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();
        definitions.Reload(Generation(0, Size(0)));
        using var stop = new CancellationTokenSource();
        var versionsSeen = new System.Collections.Concurrent.ConcurrentDictionary<long, byte>();
        using var started = new CountdownEvent(4);

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads < 100)
            {
                var set = definitions.Current;
                var generation = set.Definitions[0].Description;
                Assert.Equal(Size(int.Parse(generation!, System.Globalization.CultureInfo.InvariantCulture)), set.Names.Count);
                Assert.All(set.Definitions, d => Assert.Equal(generation, d.Description));
                Assert.All(set.Names, n => Assert.Equal(generation, set.Get(n).Description));
                versionsSeen.TryAdd(set.Version, 0);
                if (reads++ == 0)
                {
                    started.Signal();
                }

            }
        })).ToArray();

        started.Wait(TestContext.Current.CancellationToken);
        for (var generation = 1; generation <= 300; generation++)
        {
            definitions.Reload(Generation(generation, Size(generation)));
            if (generation % 50 == 0)
            {
                // A failed reload in the middle must not disturb readers either.
                Assert.ThrowsAny<SegmentationException>(() => definitions.Reload([.. Generation(generation, 2), .. Generation(generation, 1)]));
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(302, definitions.Current.Version);
        Assert.True(versionsSeen.Count > 1, "Readers should have observed several generations.");
    }

    private static int Size(int generation) => 5 + (generation % 7);

    private static SegmentDefinition[] Generation(int generation, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new SegmentDefinition(
                $"s{i}",
                new ComparisonCriterion("age", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(generation)),
                generation.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
}
