using Segmentation.Cli.Input;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Tests.Input;

public sealed class TransactionCsvReaderTests
{
    private static CustomerColumns Read(string csv, InvalidRows? invalid = null, TransactionColumns? columns = null, bool skip = false, DateOnly? asOf = null, InputDialect? dialect = null)
    {
        var reader = new TransactionCsvReader { Columns = columns ?? new TransactionColumns(), SkipInvalid = skip, AsOf = asOf, Dialect = dialect ?? InputDialect.Default };
        return reader.Read("input.csv", new StringReader(csv), null, 0, invalid ?? new InvalidRows(), CancellationToken.None).Current;
    }

    [Fact]
    public void Read_HeaderInAnyOrderWithExtraColumns_ReadsContractColumns()
    {
        var customers = Read("note,amount,customer_id,order_date\nx,12.5,c1,2024-03-01\ny,-2,c2,2024-03-02\n");

        Assert.Equal(2, customers.Transactions);
        Assert.Equal(
            [("c1", 2, 1, 12.5m), ("c2", 1, 1, -2m)],
            ReaderParity.Rows(customers).Select(r => (r.Id, r.Recency, r.Frequency, r.Monetary)));
        Assert.Equal(new DateOnly(2024, 3, 3), customers.AsOf);
    }

    [Fact]
    public void Read_RenamedColumns_UsesGivenNames()
    {
        var columns = new TransactionColumns { CustomerId = "client", OrderDate = "created", Amount = "total", OrderId = "ref" };

        var customers = Read("client,created,total,ref\nA,2024-01-01,1,o1\nA,2024-01-01,2,o1\nA,2024-01-02,3,o2\n", columns: columns);

        Assert.Equal(3, customers.Transactions);
        Assert.Equal([("A", 1, 2, 6m)], ReaderParity.Rows(customers));
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2024-02-29T23:59:59", 2024, 2, 29)]
    [InlineData("2024-02-29T23:59:59.123Z", 2024, 2, 29)]
    [InlineData("2024-02-29T23:30:00-05:00", 2024, 2, 29)]
    [InlineData("2024-02-29 08:15:00", 2024, 2, 29)]
    public void TryParseDate_IsoDateOrDateTime_TakesTheDateAsWritten(string text, int year, int month, int day)
    {
        Assert.True(CsvValues.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("01/02/2024")]
    [InlineData("2024-1-02")]
    [InlineData("2024-01-02X10:00")]
    [InlineData("2024-01-02T25:00:00")]
    [InlineData("")]
    public void TryParseDate_NotIso_Fails(string text) => Assert.False(CsvValues.TryParseDate(text, out _));

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-3", "-3")]
    [InlineData("1e3", "1000")]
    [InlineData("0.10", "0.10")]
    public void TryParseAmount_InvariantNumber_ParsesExactly(string text, string expected)
    {
        Assert.Equal(MoneyParse.Parsed, CsvValues.TryParseAmount(text, out var amount));
        Assert.Equal(expected, amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,234.50")]
    [InlineData("$12")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("")]
    public void TryParseAmount_NotInvariantOrNotFinite_Fails(string text) => Assert.Equal(MoneyParse.Invalid, CsvValues.TryParseAmount(text, out _));

    [Theory]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    public void TryParseAmount_BeyondExactDecimal_IsOutOfRangeNotRounded(string text) => Assert.Equal(MoneyParse.OutOfRange, CsvValues.TryParseAmount(text, out _));

    [Fact]
    public void Read_BadAmount_StopsWithLineNumberAndReason()
    {
        var error = Assert.Throws<CsvInputException>(() => Read("customer_id,order_date,amount\nc1,2024-01-01,1\nc2,2024-01-01,\"12,5\"\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("'amount' is '12,5'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedMultilineField_CountsPhysicalLines()
    {
        var error = Assert.Throws<CsvInputException>(() => Read("customer_id,note,order_date,amount\nc1,\"two\nlines\",2024-01-01,1\nc2,x,2024-13-01,1\n"));

        Assert.Equal(4, error.Line);
        Assert.Contains("not an ISO date", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumn_NamesTheColumnAndTheOption()
    {
        var error = Assert.Throws<CsvInputException>(() => Read("customer,order_date,amount\nc1,2024-01-01,1\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("no column 'customer_id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--customer-column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_SaysItNeedsAHeader()
    {
        var error = Assert.Throws<CsvInputException>(() => Read(string.Empty));

        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SkipInvalid_CountsBadRowsAndKeepsGoodOnes()
    {
        var invalid = new InvalidRows();
        var csv = "customer_id,order_date,amount\nc1,2024-01-01,1\n,2024-01-01,1\nc2,yesterday,1\nc3,2024-01-01,abc\nc4\nc5,2024-01-02,2\n";

        var customers = Read(csv, invalid, skip: true);

        Assert.Equal(2, customers.Transactions);
        Assert.Equal(4, invalid.Count);
        Assert.Equal([3L, 4L, 5L, 6L], invalid.Examples.Select(e => e.Line).ToArray());
        Assert.Contains("customer id", invalid.Examples[0].Reason, StringComparison.Ordinal);
        Assert.Contains("the row has 1 field(s) but the header has 3", invalid.Examples[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DateAfterAsOf_IsAnInvalidRowWithItsLine()
    {
        var error = Assert.Throws<CsvInputException>(() => Read("customer_id,order_date,amount\nc1,2024-01-01,1\nc1,2024-02-01,1\n", asOf: new DateOnly(2024, 1, 15)));

        Assert.Equal(3, error.Line);
        Assert.Contains("after the as-of date 2024-01-15", error.Reason, StringComparison.Ordinal);
    }
}
