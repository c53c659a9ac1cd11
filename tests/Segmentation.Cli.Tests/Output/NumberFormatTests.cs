using System.Globalization;
using Segmentation.Cli.Output;

namespace Segmentation.Cli.Tests.Output;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData("0.3", "0.3")]
    [InlineData("-0.00", "0")]
    [InlineData("0.000", "0")]
    [InlineData("1234567.891", "1234567.891")]
    [InlineData("-12.50", "-12.5")]
    [InlineData("10.0", "10")]
    [InlineData("100", "100")]
    [InlineData("1000000000000000", "1000000000000000")]
    [InlineData("0.00005", "0.00005")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Money_ExactDecimalWithoutTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, NumberFormat.Money(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TryFormatMoney_Utf8DigitPath_EqualsTheGeneralText(int seed)
    {
        var random = new Random(seed);
        Span<byte> buffer = stackalloc byte[64];
        decimal[] edges = [0m, -0.00m, 0.0001m, -0.0001m, 99_999_999_999.9999m, 18_446_744_073_709_551_615m, 18_446_744_073_709_551_616m, decimal.MaxValue, decimal.MinValue, 1.000000000000000000001m];
        var values = edges.Concat(Enumerable.Range(0, 20_000).Select(_ =>
            new decimal(random.Next(), random.Next(4) == 0 ? random.Next() : 0, random.Next(8) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(0, 29))));
        foreach (var value in values)
        {
            Assert.True(NumberFormat.TryFormatMoney(value, buffer, out var written));
            Assert.Equal(NumberFormat.Money(value), System.Text.Encoding.UTF8.GetString(buffer[..written]));
            Assert.Equal(value, decimal.Parse(NumberFormat.Money(value), CultureInfo.InvariantCulture));
        }
    }
}
