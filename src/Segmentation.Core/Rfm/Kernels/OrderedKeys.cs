namespace Segmentation.Rfm.Kernels;

/// <summary>Integers in ascending order.</summary>
internal readonly struct AscendingInt32Key : IOrderedKey<int>
{
    public static ulong ToKey(int value) => (uint)(value ^ int.MinValue);

    public static int FromKey(ulong key) => (int)(uint)key ^ int.MinValue;
}

/// <summary>Integers in descending order (recency for the ntile method: most days first).</summary>
internal readonly struct DescendingInt32Key : IOrderedKey<int>
{
    public static ulong ToKey(int value) => (uint)(~value ^ int.MinValue);

    public static int FromKey(ulong key) => ~((int)(uint)key ^ int.MinValue);
}

/// <summary>Finite doubles in ascending order; -0 and +0 share one key because they are equal.</summary>
internal readonly struct AscendingDoubleKey : IOrderedKey<double>
{
    private const ulong SignBit = 0x8000_0000_0000_0000;

    public static ulong ToKey(double value)
    {
        // value + 0 turns -0 into +0 and changes nothing else; negative values flip every bit,
        // others only the sign bit, without a branch.
        var bits = BitConverter.DoubleToInt64Bits(value + 0d);
        return (ulong)(bits ^ ((bits >> 63) | long.MinValue));
    }

    public static double FromKey(ulong key) =>
        BitConverter.Int64BitsToDouble((long)((key & SignBit) != 0 ? key & ~SignBit : ~key));
}
