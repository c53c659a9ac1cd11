using System.Globalization;
using System.Text;
using Segmentation.Cli.Input;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Tests.Input;

public sealed class Utf8ValuesTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(1896, 2105)]
    [InlineData(9995, 9999)]
    public void TryParseDay_EveryDayOfTheYears_IsItsDayNumber(int fromYear, int toYear)
    {
        for (var date = new DateOnly(fromYear, 1, 1); date <= new DateOnly(toYear, 12, 31) && date < DateOnly.MaxValue; date = date.AddDays(1))
        {
            var text = Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            Assert.True(Utf8Values.TryParseDay(text, DateTextFormat.Iso, out var day), date.ToString("O", CultureInfo.InvariantCulture));
            Assert.Equal(date.DayNumber, day);
        }
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2000-10-09")]
    public void TryParseDay_AnyByteAtAnyPosition_AgreesWithTheGeneralParser(string valid)
    {
        // Every single-byte change of a valid date (digits out of range, other separators, letters,
        // control and non-ASCII bytes): accepted exactly when the text parser accepts the text.
        for (var position = 0; position < valid.Length; position++)
        {
            for (var value = 0; value < 256; value++)
            {
                var bytes = Encoding.ASCII.GetBytes(valid);
                bytes[position] = (byte)value;

                var parsed = Utf8Values.TryParseDay(bytes, DateTextFormat.Iso, out var day);

                if (value >= 0x80)
                {
                    Assert.False(parsed, $"byte 0x{value:X2} at {position} of {valid}");
                    continue;
                }

                var text = Encoding.ASCII.GetString(bytes);
                var expected = CsvValues.TryParseDate(text, out var date);
                Assert.True(expected == parsed, $"'{text}': general parser {expected}, fast path {parsed}");
                if (expected)
                {
                    Assert.Equal(date.DayNumber, day);
                }
            }
        }
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-00-10")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2024-01-32")]
    [InlineData("2024:01:01")]
    [InlineData("2024-01-1 ")]
    public void TryParseDay_ImpossibleOrMalformedDate_IsRejected(string text) =>
        Assert.False(Utf8Values.TryParseDay(Encoding.ASCII.GetBytes(text), DateTextFormat.Iso, out _));
}
