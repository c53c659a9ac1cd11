using FsCheck.Xunit;
using Segmentation.Evaluation;

namespace Segmentation.Tests.Evaluation;

public sealed class SegmentMembershipTests
{
    [Fact]
    public void FromIndices_SmallAndLargeIndices_EnumeratesThemAscending()
    {
        var membership = SegmentMembership.FromIndices([70, 3, 0, 3, 200]);

        Assert.Equal([0, 3, 70, 200], membership.ToList());
        Assert.Equal(4, membership.Count);
        Assert.Equal(200, membership.MaxIndex);
        Assert.Equal(0, membership.MinIndex);
        Assert.True(membership.Contains(70));
        Assert.False(membership.Contains(71));
        Assert.False(membership.Contains(-1));
        Assert.Equal("{0, 3, 70, 200}", membership.ToString());
    }

    [Fact]
    public void FromWords_TrailingZeroWords_EqualsTheTrimmedMembership()
    {
        Assert.Equal(SegmentMembership.FromBits(0b101), SegmentMembership.FromWords([0b101UL, 0UL, 0UL]));
        Assert.Equal(SegmentMembership.Single(64), SegmentMembership.FromWords([0UL, 1UL, 0UL]));
        Assert.Equal(SegmentMembership.Single(64).GetHashCode(), SegmentMembership.FromWords([0UL, 1UL, 0UL]).GetHashCode());
        Assert.True(SegmentMembership.FromWords([0UL, 0UL]).IsEmpty);
    }

    [Fact]
    public void Empty_HasNoSegment()
    {
        Assert.True(SegmentMembership.Empty.IsEmpty);
        Assert.Equal(0, SegmentMembership.Empty.Count);
        Assert.Equal(-1, SegmentMembership.Empty.MaxIndex);
        Assert.Equal(-1, SegmentMembership.Empty.MinIndex);
        Assert.Empty(SegmentMembership.Empty.ToList());
        Assert.Equal(default, SegmentMembership.FromIndices([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(200)]
    public void Single_AnyIndex_IsBothTheMinAndTheMaxIndex(int index)
    {
        var membership = SegmentMembership.Single(index);

        Assert.Equal((index, index, 1), (membership.MinIndex, membership.MaxIndex, membership.Count));
        Assert.Equal(SegmentMembership.FromIndices([index]), membership);
    }

    [Property(MaxTest = 300)]
    public void FromIndices_AnyIndices_RoundTripsThroughEnumeration(byte[] raw)
    {
        var indices = raw.Select(b => (int)b).ToArray();
        var membership = SegmentMembership.FromIndices(indices);

        Assert.Equal(indices.Distinct().Order(), membership.ToList());
        Assert.Equal(membership, SegmentMembership.FromIndices(indices.Reverse().ToArray()));
        Assert.Equal(indices.Length == 0 ? -1 : indices.Min(), membership.MinIndex);
        Assert.Equal(indices.Length == 0 ? -1 : indices.Max(), membership.MaxIndex);
        Assert.All(Enumerable.Range(0, 256), i => Assert.Equal(indices.Contains(i), membership.Contains(i)));
    }
}
