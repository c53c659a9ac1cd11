using Segmentation.Cli.Rfm;

namespace Segmentation.Cli.Tests.Rfm;

public sealed class DefaultRfmSegmentMapTests
{
    [Fact]
    public void SegmentOf_FiveBins_IsAnExactPartitionUsingEverySegment()
    {
        var cells = new Dictionary<int, List<(int R, int F)>>();
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                var segment = DefaultRfmSegmentMap.SegmentOf(r, f, 5);
                Assert.InRange(segment, 0, DefaultRfmSegmentMap.Names.Count - 1);
                (cells.TryGetValue(segment, out var list) ? list : cells[segment] = []).Add((r, f));
            }
        }

        Assert.Equal(DefaultRfmSegmentMap.Names.Count, cells.Count);
        Assert.Equal(25, cells.Values.Sum(c => c.Count));
        Assert.Equal([(5, 4), (5, 5)], cells[DefaultRfmSegmentMap.Names.ToList().IndexOf("Champions")]);
        Assert.Equal([(1, 1), (1, 2), (2, 1), (2, 2)], cells[DefaultRfmSegmentMap.Names.ToList().IndexOf("Hibernating")]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(9)]
    public void SegmentOf_OtherBins_MapsEveryCellToASegment(int bins)
    {
        for (var r = 1; r <= bins; r++)
        {
            for (var f = 1; f <= bins; f++)
            {
                Assert.InRange(DefaultRfmSegmentMap.SegmentOf(r, f, bins), 0, DefaultRfmSegmentMap.Names.Count - 1);
            }
        }

        Assert.Equal(DefaultRfmSegmentMap.SegmentOf(5, 5, 5), DefaultRfmSegmentMap.SegmentOf(bins, bins, bins));
        Assert.Equal(DefaultRfmSegmentMap.SegmentOf(1, 1, 5), DefaultRfmSegmentMap.SegmentOf(1, 1, bins));
    }
}
