using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Core.Tests.Rfm.Aggregation;

/// <summary>Integer ids order as the ordinal order of their invariant text, the order every aggregation returns.</summary>
public sealed class NumericIdOrderTests
{
    private static readonly long[] Special =
        [long.MinValue, long.MinValue + 1, -1_000_000_000_000_000_000, -10, -9, -1, 0, 1, 9, 10, 11, 99, 100, 101, 1_000_000_000_000_000_000, 999_999_999_999_999_999, long.MaxValue - 1, long.MaxValue];

    private static Gen<long> Ids { get; } = Gen.Frequency(
        (3, Gen.Elements(Special)),
        (3, Gen.Choose(-1_000, 100_000).Select(i => (long)i)),
        (2, from digits in Gen.Choose(1, 19) from mantissa in Gen.Choose(1, 999) select Math.Sign(mantissa - 500) * (long)Math.Min(long.MaxValue, mantissa * Math.Pow(10, digits - 3))),
        (2, from high in Gen.Choose(int.MinValue, int.MaxValue) from low in Gen.Choose(int.MinValue, int.MaxValue) select ((long)high << 32) | (uint)low));

    [Fact]
    public void Compare_AnyTwoIds_SignOfOrdinalTextComparison() =>
        Prop.ForAll(Arb.From(from x in Ids from y in Ids select (x, y)), p =>
            Math.Sign(default(NumericIdOrder).Compare(p.x, p.y)) == Math.Sign(string.CompareOrdinal(Text(p.x), Text(p.y))))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(5_000));

    [Fact]
    public void Compare_SpecialValues_EveryPairAsTheirText()
    {
        foreach (var x in Special)
        {
            foreach (var y in Special)
            {
                Assert.Equal(Math.Sign(string.CompareOrdinal(Text(x), Text(y))), Math.Sign(default(NumericIdOrder).Compare(x, y)));
            }
        }
    }

    [Fact]
    public void NumericIdList_IsTheInvariantText()
    {
        var list = new NumericIdList([-5, 0, 42, long.MinValue]);

        Assert.Equal(["-5", "0", "42", "-9223372036854775808"], list);
        Assert.Equal(4, list.Count);
        Assert.Equal("42", list[2]);
    }

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
