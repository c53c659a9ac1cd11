using Segmentation.Cli.Output;

namespace Segmentation.Cli.Tests.Output;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(-0.00001, "0")]
    [InlineData(1234567.891, "1234567.891")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(10.0, "10")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(0.00005, "0.0001")]
    public void Money_InvariantRoundedToFourDecimals(double value, string expected) => Assert.Equal(expected, NumberFormat.Money(value));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryFormatMoney_Utf8FixedPoint_EqualsTheShortestRoundTripText(int seed)
    {
        var random = new Random(seed);
        Span<byte> buffer = stackalloc byte[64];
        var edges = new[] { 0.0, -0.0, 0.0001, -0.0001, 0.00005, 99_999_999_999.9999, -99_999_999_999.9999, 99_999_999_999.99995, 1e11, 123.45675, 0.1 + 0.2, 1e-300 };
        var values = edges.Concat(Enumerable.Range(0, 20_000).Select(_ =>
            Math.Pow(10, (random.NextDouble() * 16) - 5) * (random.Next(2) == 0 ? 1 : -1) * (random.Next(3) == 0 ? Math.Round(random.NextDouble() * 1e4) / 1e4 : random.NextDouble())));
        foreach (var value in values)
        {
            Assert.True(NumberFormat.TryFormatMoney(value, buffer, out var written));
            Assert.Equal(NumberFormat.Money(value), System.Text.Encoding.UTF8.GetString(buffer[..written]));
        }
    }
}
