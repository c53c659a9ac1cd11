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
}
