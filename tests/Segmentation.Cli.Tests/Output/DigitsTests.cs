using System.Globalization;
using System.Text;
using Segmentation.Cli.Output;

namespace Segmentation.Cli.Tests.Output;

public sealed class DigitsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Write_AnyValue_EqualsInvariantToString(int seed)
    {
        var random = new Random(seed);
        var edges = new ulong[] { 0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, int.MaxValue, uint.MaxValue, long.MaxValue, ulong.MaxValue };
        var powers = Enumerable.Range(0, 20).SelectMany(p => new[] { (ulong)Math.Pow(10, p) - 1, (ulong)Math.Pow(10, p) });
        var randoms = Enumerable.Range(0, 20_000).Select(_ => (ulong)random.NextInt64() >> random.Next(64));
        Span<byte> buffer = stackalloc byte[24];
        foreach (var value in edges.Concat(powers).Concat(randoms))
        {
            var written = Digits.Write(buffer, value);
            Assert.Equal(Digits.Count(value), written);
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Encoding.ASCII.GetString(buffer[..written]));
        }
    }

    [Theory]
    [InlineData(0UL, 1)]
    [InlineData(12_345UL, 5)]
    [InlineData(ulong.MaxValue, 20)]
    public void TryWrite_RoomForExactlyTheDigits_WritesThemAndOneLessFails(ulong value, int digits)
    {
        Span<byte> buffer = stackalloc byte[24];

        Assert.True(Digits.TryWrite(buffer[..digits], value, out var written));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Encoding.ASCII.GetString(buffer[..written]));
        Assert.False(Digits.TryWrite(buffer[..(digits - 1)], value, out written));
        Assert.Equal(0, written);
    }
}
