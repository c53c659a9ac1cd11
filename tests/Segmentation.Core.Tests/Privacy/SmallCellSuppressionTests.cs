using Segmentation.Privacy;

namespace Segmentation.Tests.Privacy;

public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void Apply_OneSmallGroup_HidesTheNextSmallestToo()
    {
        var result = SmallCellSuppression.Default.Apply([3, 40, 12, 0, 25]);

        Assert.Equal([true, false, true, false, false], result.Of(0));
        Assert.Equal(1, result.PrimaryCount);
        Assert.Equal(1, result.SecondaryCount);
    }

    [Fact]
    public void Apply_HiddenPartsAddUpToLessThanK_HidesAnotherSoTheirSumIsNotSmall()
    {
        // 1 + 1 = 2 would be the total minus the shown groups: both would be known to be 1.
        var result = SmallCellSuppression.Default.Apply([1, 1, 30, 40]);

        Assert.Equal([true, true, true, false], result.Of(0));
    }

    [Fact]
    public void Apply_EmptyGroups_AreShown()
    {
        var result = SmallCellSuppression.Default.Apply([0, 30, 0, 40]);

        Assert.All(result.Of(0), Assert.False);
        Assert.Equal(0, result.PrimaryCount + result.SecondaryCount);
    }

    [Fact]
    public void Apply_PopulationSmallerThanK_HidesEverything()
    {
        var result = SmallCellSuppression.Default.Apply([2, 1, 0]);

        Assert.True(result.IsPopulationSuppressed);
        Assert.Equal([true, true, false], result.Of(0));
    }

    [Fact]
    public void Apply_Off_HidesNothing()
    {
        var result = SmallCellSuppression.Off.Apply([1, 2, 30]);

        Assert.All(result.Of(0), Assert.False);
        Assert.False(SmallCellSuppression.Off.IsEnabled);
        Assert.Contains("OFF", SmallCellSuppression.Off.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EitherWay_SaysSuppressionIsNotAnonymisation()
    {
        Assert.Contains("not anonymisation", SmallCellSuppression.Default.Describe(), StringComparison.Ordinal);
        Assert.Contains("not anonymisation", SmallCellSuppression.Off.Describe(), StringComparison.Ordinal);
        Assert.Contains("fewer than 5", SmallCellSuppression.Default.Describe(), StringComparison.Ordinal);
        Assert.Equal("<5", SmallCellSuppression.Default.Marker);
    }

    [Fact]
    public void Constructor_NegativeSize_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCellSuppression(-1));

    [Fact]
    public void Apply_GroupingsOfDifferentLengths_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SmallCellSuppression.Default.Apply(new ReadOnlyMemory<int>[] { new[] { 0, 1 }, new[] { 0 } }));

        Assert.Contains("one key per customer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SameCustomersUnderTwoNames_HidesBoth()
    {
        // Segment 1 of the first grouping is exactly cell 2 of the second: hiding one alone hides nothing.
        int[] segments = [.. Enumerable.Repeat(0, 20), .. Enumerable.Repeat(1, 3), .. Enumerable.Repeat(2, 20)];
        int[] cells = [.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(1, 10), .. Enumerable.Repeat(2, 3), .. Enumerable.Repeat(3, 20)];

        var result = SmallCellSuppression.Default.Apply(new ReadOnlyMemory<int>[] { segments, cells });

        Assert.True(result.IsSuppressed(0, 1));
        Assert.True(result.IsSuppressed(1, 2));
        Assert.False(result.IsPopulationSuppressed);
    }
}
