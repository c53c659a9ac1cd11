using FsCheck;
using FsCheck.Fluent;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Core.Tests.Rfm.Aggregation;

/// <summary>A sum packed into 8 bytes comes back bit for bit (sign and scale included); one too wide is refused.</summary>
public sealed class PackedMoneyTests
{
    private const ulong Largest = (1UL << 58) - 1;

    [Theory]
    [InlineData(0UL, false, (byte)0)]
    [InlineData(0UL, true, (byte)2)]
    [InlineData(1UL, false, (byte)28)]
    [InlineData(1234UL, true, (byte)2)]
    [InlineData(Largest, false, (byte)0)]
    [InlineData(Largest, true, (byte)28)]
    [InlineData(0xFFFF_FFFFUL, false, (byte)4)]
    [InlineData(0x1_0000_0000UL, true, (byte)4)]
    public void TryPack_FitsIn58Bits_UnpacksBitForBit(ulong mantissa, bool negative, byte scale) =>
        AssertRoundTrip(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, scale));

    [Fact]
    public void TryPack_AnyDecimalThatFits_UnpacksBitForBit() =>
        Prop.ForAll(Arb.From(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(0, (1 << 26) - 1)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, 0, negative, (byte)scale)), value => AssertRoundTrip(value))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));

    [Theory]
    [InlineData(0, 1 << 26, 0)]
    [InlineData(-1, -1, 0)]
    [InlineData(0, 0, 1)]
    public void TryPack_WiderThan58Bits_Refused(int lo, int mid, int hi)
    {
        Assert.False(PackedMoney.TryPack(new decimal(lo, mid, hi, false, 2), out _));
        Assert.False(PackedMoney.TryPack(decimal.MaxValue, out _));
        Assert.False(PackedMoney.TryPack(decimal.MinValue, out _));
    }

    private static void AssertRoundTrip(decimal value)
    {
        Assert.True(PackedMoney.TryPack(value, out var packed));
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(PackedMoney.Unpack(packed)));
    }
}
