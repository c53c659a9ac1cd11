using FsCheck.Xunit;
using Segmentation.Analytics;

namespace Segmentation.Tests.Analytics;

public sealed class SegmentMaskTests
{
    [Fact]
    public void FromIndices_SmallAndLargeIndices_EnumeratesThemAscending()
    {
        var mask = SegmentMask.FromIndices([70, 3, 0, 3, 200]);

        Assert.Equal([0, 3, 70, 200], mask.ToList());
        Assert.Equal(4, mask.Count);
        Assert.Equal(200, mask.MaxIndex);
        Assert.True(mask.Contains(70));
        Assert.False(mask.Contains(71));
        Assert.False(mask.Contains(-1));
        Assert.Equal("{0, 3, 70, 200}", mask.ToString());
    }

    [Fact]
    public void FromWords_TrailingZeroWords_EqualsTheTrimmedMask()
    {
        Assert.Equal(SegmentMask.FromBits(0b101), SegmentMask.FromWords([0b101UL, 0UL, 0UL]));
        Assert.Equal(SegmentMask.Single(64), SegmentMask.FromWords([0UL, 1UL, 0UL]));
        Assert.Equal(SegmentMask.Single(64).GetHashCode(), SegmentMask.FromWords([0UL, 1UL, 0UL]).GetHashCode());
        Assert.True(SegmentMask.FromWords([0UL, 0UL]).IsEmpty);
    }

    [Fact]
    public void Empty_HasNoSegment()
    {
        Assert.True(SegmentMask.Empty.IsEmpty);
        Assert.Equal(0, SegmentMask.Empty.Count);
        Assert.Equal(-1, SegmentMask.Empty.MaxIndex);
        Assert.Empty(SegmentMask.Empty.ToList());
        Assert.Equal(default, SegmentMask.FromIndices([]));
    }

    [Property(MaxTest = 300)]
    public void FromIndices_AnyIndices_RoundTripsThroughEnumeration(byte[] raw)
    {
        var indices = raw.Select(b => (int)b).ToArray();
        var mask = SegmentMask.FromIndices(indices);

        Assert.Equal(indices.Distinct().Order(), mask.ToList());
        Assert.Equal(mask, SegmentMask.FromIndices(indices.Reverse().ToArray()));
        Assert.All(Enumerable.Range(0, 256), i => Assert.Equal(indices.Contains(i), mask.Contains(i)));
    }
}
