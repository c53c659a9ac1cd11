using FsCheck;
using FsCheck.Fluent;

namespace Segmentation.Tests.Rfm;

/// <summary>Customer columns with the ties and ranges RFM data has.</summary>
public sealed record RfmColumns(int[] Recency, int[] Frequency, double[] Monetary, int Bins)
{
    public int Count => Recency.Length;

    public override string ToString() =>
        $"n={Count}, bins={Bins}, R=[{string.Join(",", Recency)}], F=[{string.Join(",", Frequency)}], M=[{string.Join(",", Monetary)}]";
}

/// <summary>FsCheck generators for the RFM properties.</summary>
public static class RfmArbitraries
{
    public static Arbitrary<RfmColumns> Columns() => Gen.Sized(size =>
    {
        var length = Gen.Choose(0, Math.Max(1, size * 3));
        return
            from n in length
            from bins in Gen.Choose(2, 10)
            from recency in Gen.ArrayOf(Gen.Choose(0, 40), n)
            from frequency in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(1, 5)), (1, Gen.Choose(1, 1000))), n)
            from cents in Gen.ArrayOf(Gen.Frequency((2, Gen.Choose(-500, 500)), (2, Gen.Elements(0, 1000, 2500)), (1, Gen.Choose(-1_000_000, 1_000_000))), n)
            select new RfmColumns(recency, frequency, cents.Select(c => c / 100d).ToArray(), bins);
    }).ToArbitrary();
}
