using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Tests.Rfm.Aggregation;

public sealed class MoneyTextTests
{
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public Property TryParse_AnyDecimalAsWritten_IsThatDecimalWithItsScale() =>
        Prop.ForAll(Decimals().ToArbitrary(), value =>
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            var utf16 = MoneyText.TryParse(text.AsSpan(), out var fromChars);
            var utf8 = MoneyText.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), out var fromBytes);
            return utf16 == MoneyParse.Parsed && utf8 == MoneyParse.Parsed
                && fromChars.ToString(CultureInfo.InvariantCulture) == text
                && fromBytes.ToString(CultureInfo.InvariantCulture) == text;
        });

    [Theory]
    [InlineData("1e3", "1000")]
    [InlineData("1.5E-2", "0.015")]
    [InlineData("+12.50", "12.50")]
    [InlineData("-0.00", "0.00")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("000123.4500", "123.4500")]
    [InlineData("1000e-3", "1.000")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7922816251426433759354395033500e-2", "79228162514264337593543950335")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    public void TryParse_OtherForms_ParseExactly(string text, string expected)
    {
        Assert.Equal(MoneyParse.Parsed, MoneyText.TryParse(text.AsSpan(), out var amount));
        Assert.Equal(expected, amount.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("", "Invalid")]
    [InlineData("-", "Invalid")]
    [InlineData(".", "Invalid")]
    [InlineData("1e", "Invalid")]
    [InlineData("1e+", "Invalid")]
    [InlineData("1.2.3", "Invalid")]
    [InlineData(" 1", "Invalid")]
    [InlineData("1,5", "Invalid")]
    [InlineData("NaN", "Invalid")]
    [InlineData("0x10", "Invalid")]
    [InlineData("79228162514264337593543950336", "OutOfRange")]
    [InlineData("0.00000000000000000000000000001", "OutOfRange")]
    [InlineData("10.0000000000000000000000000001", "OutOfRange")]
    [InlineData("1.0000000000000000000000000001", "Parsed")]
    [InlineData("1e29", "OutOfRange")]
    [InlineData("1e400", "OutOfRange")]
    [InlineData("123456789012345678901234567890123456789012", "OutOfRange")]
    public void TryParse_NotAnAmountOrBeyondDecimal_SaysWhich(string text, string expected) =>
        Assert.Equal(Enum.Parse<MoneyParse>(expected), MoneyText.TryParse(text.AsSpan(), out _));

    private static Gen<decimal> Decimals() =>
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Elements(0, 0, 1, 12345, int.MaxValue, -1)
        from high in Gen.Elements(0, 0, 0, 7, 1 << 20, -1)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 28)
        select new decimal(low, mid, high, negative, (byte)scale);
}
