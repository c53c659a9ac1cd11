using Segmentation.Definitions;
using Segmentation.Rfm.Segments;

namespace Segmentation.Tests.Rfm.Segments;

public sealed class RfmSegmentTableTests
{
    [Fact]
    public void Default_FiveBins_IsAnExactPartitionUsingEverySegmentWhateverM()
    {
        var table = RfmSegmentTable.Default(5);
        var cells = new Dictionary<int, List<(int R, int F)>>();
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                var segment = table.SegmentOf(r, f, 1);
                Assert.InRange(segment, 0, table.Names.Count - 1);
                Assert.All(Enumerable.Range(1, 5), m => Assert.Equal(segment, table.SegmentOf(r, f, m)));
                (cells.TryGetValue(segment, out var list) ? list : cells[segment] = []).Add((r, f));
            }
        }

        Assert.Equal(table.Names.Count, cells.Count);
        Assert.Equal(25, cells.Values.Sum(c => c.Count));
        Assert.Equal([(5, 4), (5, 5)], cells[table.Names.ToList().IndexOf("Champions")]);
        Assert.Equal([(1, 1), (1, 2), (2, 1), (2, 2)], cells[table.Names.ToList().IndexOf("Hibernating")]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(9)]
    public void Default_OtherBins_MapsEveryCellToASegmentOfTheFiveBinGrid(int bins)
    {
        var table = RfmSegmentTable.Default(bins);
        var five = RfmSegmentTable.Default(5);
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                Assert.InRange(table.SegmentOf(r, f, 1), 0, table.Names.Count - 1);
            }
        }

        Assert.Equal(five.SegmentOf(5, 5, 5), table.SegmentOf(bins, bins, bins));
        Assert.Equal(five.SegmentOf(1, 1, 1), table.SegmentOf(1, 1, 1));
    }

    [Fact]
    public void For_CallersMap_FirstMatchWinsAndTheRestFallBack()
    {
        var map = new SegmentSetDocument(
            [
                new("Top", new ComparisonCriterion("m", ComparisonOperator.Equal, SegmentValue.FromNumber(3))),
                new("Recent", new ComparisonCriterion("r", ComparisonOperator.GreaterThanOrEqual, SegmentValue.FromNumber(2))),
            ],
            SegmentSetMode.FirstMatch,
            "Rest");

        var table = RfmSegmentTable.For(map, 3);

        Assert.Equal(["Top", "Recent", "Rest"], table.Names);
        Assert.Equal(0, table.SegmentOf(3, 1, 3));
        Assert.Equal(1, table.SegmentOf(3, 1, 2));
        Assert.Equal(2, table.SegmentOf(1, 3, 2));
        Assert.Equal([0, 1, 2], table.Assign([3, 3, 1], [1, 1, 3], [3, 2, 2]));
    }

    [Fact]
    public void For_MapReadingRawValuesOrWithoutFallback_IsRefused()
    {
        var raw = new SegmentSetDocument([new("Big", new ComparisonCriterion("monetary", ComparisonOperator.GreaterThan, SegmentValue.FromNumber(100)))], SegmentSetMode.FirstMatch, "Rest");
        var overlapping = new SegmentSetDocument([new("Top", new ComparisonCriterion("m", ComparisonOperator.Equal, SegmentValue.FromNumber(5)))]);

        Assert.Contains("'monetary'", Assert.Throws<SegmentationException>(() => RfmSegmentTable.For(raw, 5)).Message, StringComparison.Ordinal);
        Assert.Equal("segmentMap", Assert.Throws<SegmentationException>(() => RfmSegmentTable.For(overlapping, 5)).Location);
    }
}
