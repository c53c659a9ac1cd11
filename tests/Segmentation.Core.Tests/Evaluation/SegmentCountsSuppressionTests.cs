using Segmentation.Definitions;
using Segmentation.Evaluation;
using Segmentation.Privacy;
using Segmentation.Tests.TestModel;
using static Segmentation.Definitions.ComparisonOperator;

namespace Segmentation.Tests.Evaluation;

/// <summary><see cref="SegmentCounts.Suppress"/>: the counts API takes the small-cell rule like the reports.</summary>
public sealed class SegmentCountsSuppressionTests
{
    // 50 customers spending 1..50.
    private static readonly Customer[] People = [.. Enumerable.Range(1, 50).Select(i => new Customer { Name = $"n{i}", TotalSpend = i })];

    private static readonly DateTimeOffset AsOf = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static SegmentDefinition Above(string name, int spend) => new(name, new ComparisonCriterion("totalSpend", GreaterThan, SegmentValue.FromNumber(spend)));

    [Fact]
    public void Suppress_FirstMatch_IsTheTableRuleWithSecondarySuppression()
    {
        // 2 above 48, 10 above 38 (but not 48), 38 the fallback.
        var set = SegmentSet<Customer>.FirstMatch([Above("top", 48), Above("high", 38)], "rest", Catalogs.Customer);
        var counts = set.Count(People, AsOf);

        var groups = counts.Suppress(SmallCellSuppression.Default);

        Assert.Equal([2L, 10, 38], counts.Counts);
        Assert.True(groups.IsSuppressed(0, 0));
        // With only "top" hidden, 50 − 10 − 38 would give it back: the next smallest goes too.
        Assert.True(groups.IsSuppressed(0, 1));
        Assert.False(groups.IsSuppressed(0, 2));
        Assert.Equal(SmallCellSuppression.Default.Apply([2L, 10, 38]).Of(0), groups.Of(0));
        Assert.False(counts.Suppress(SmallCellSuppression.Off).IsSuppressed(0, 0));
    }

    [Fact]
    public void Suppress_AllMatches_HidesASegmentWhoseCountOrRestIsSmall()
    {
        var set = SegmentSet<Customer>.AllMatches([Above("top", 47), Above("nearlyAll", 2), Above("half", 25)], Catalogs.Customer);
        var counts = set.Count(People, AsOf);

        var groups = counts.Suppress(SmallCellSuppression.Default);

        Assert.Equal([3L, 48, 25], counts.Counts);
        Assert.True(groups.IsSuppressed(0, 0));
        // 48 of 50: the 2 customers outside it would be told by the total.
        Assert.True(groups.IsSuppressed(0, 1));
        Assert.False(groups.IsSuppressed(0, 2));
        Assert.False(groups.IsPopulationSuppressed);
    }

    [Fact]
    public void Suppress_PopulationBelowK_HidesEveryCount()
    {
        var set = SegmentSet<Customer>.AllMatches([Above("half", 25)], Catalogs.Customer);
        var counts = set.Count(People.Take(4), AsOf);

        var groups = counts.Suppress(SmallCellSuppression.Default);

        Assert.True(groups.IsPopulationSuppressed);
        Assert.True(groups.IsSuppressed(0, 0));
    }
}
