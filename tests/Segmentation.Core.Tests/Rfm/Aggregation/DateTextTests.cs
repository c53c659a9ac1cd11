using System.Text;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Core.Tests.Rfm.Aggregation;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2024-02-29", "Auto", 2024, 2, 29)]
    [InlineData("20240229", "Auto", 2024, 2, 29)]
    [InlineData("2024-02-29T23:30:00-05:00", "Iso", 2024, 2, 29)]
    [InlineData("19970101", "Compact", 1997, 1, 1)]
    [InlineData("05.01.2024", "DayFirst", 2024, 1, 5)]
    [InlineData("5/1/2024", "DayFirst", 2024, 1, 5)]
    [InlineData("31-12-2023", "DayFirst", 2023, 12, 31)]
    [InlineData("01/05/2024", "MonthFirst", 2024, 1, 5)]
    [InlineData("12.31.2023", "MonthFirst", 2023, 12, 31)]
    public void TryParse_EachForm_IsTheCalendarDateWritten(string text, string format, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(text.AsSpan(), Enum.Parse<DateTextFormat>(format), out var fromChars));
        Assert.True(DateText.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), Enum.Parse<DateTextFormat>(format), out var fromBytes));
        Assert.Equal(new DateOnly(year, month, day), fromChars);
        Assert.Equal(fromChars, fromBytes);
    }

    [Theory]
    [InlineData("03/04/2024", "Auto")]
    [InlineData("05.01.2024", "Iso")]
    [InlineData("20240229", "Iso")]
    [InlineData("2024-02-29", "Compact")]
    [InlineData("20230229", "Compact")]
    [InlineData("31/12/2023", "MonthFirst")]
    [InlineData("12/31/2023", "DayFirst")]
    [InlineData("1.2-2024", "DayFirst")]
    [InlineData("1/2/24", "DayFirst")]
    [InlineData("", "Auto")]
    public void TryParse_OtherFormOrImpossibleDate_Fails(string text, string format) =>
        Assert.False(DateText.TryParse(text.AsSpan(), Enum.Parse<DateTextFormat>(format), out _));

    [Theory]
    [InlineData("03/04/2024", true)]
    [InlineData("3.4.2024", true)]
    [InlineData("2024-03-04", false)]
    [InlineData("20240304", false)]
    public void LooksDayOrMonthFirst_FlagsTheFormsAutoRefusesToGuess(string text, bool expected) =>
        Assert.Equal(expected, DateText.LooksDayOrMonthFirst(text));

    [Theory]
    [InlineData("12,50", "12.50")]
    [InlineData("-3", "-3")]
    [InlineData("0,1", "0.1")]
    public void MoneyText_DecimalComma_ParsesExactly(string text, string expected)
    {
        Assert.Equal(MoneyParse.Parsed, MoneyText.TryParseDecimalComma(text.AsSpan(), out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
        Assert.Equal(expected.Split('.').ElementAtOrDefault(1)?.Length ?? 0, amount.Scale);
    }

    [Theory]
    [InlineData("1.234,50")]
    [InlineData("12.50")]
    [InlineData("12,5,0")]
    [InlineData("")]
    public void MoneyText_DecimalComma_RefusesPointsAndGarbage(string text) =>
        Assert.Equal(MoneyParse.Invalid, MoneyText.TryParseDecimalComma(text.AsSpan(), out _));
}
