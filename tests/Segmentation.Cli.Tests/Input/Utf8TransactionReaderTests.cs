using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

public sealed class Utf8TransactionReaderTests
{
    private const string Rows =
        "b,2024-01-01,10\n" +
        "a,2024-01-03,0.1\n" +
        "a,2024-01-05T10:00:00Z,0.2\n" +
        "B,2023-12-31,5.5\n" +
        "Zoë,2024-02-29,-3\n" +
        "a,2024-01-04,1e2\n";

    [Theory]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", false, false)]
    [InlineData("\n", true, false)]
    [InlineData("\r\n", true, true)]
    [InlineData("\n", false, true)]
    public void TryRead_LineEndingsTrailingNewlineAndBom_SameAsGeneralReader(string newline, bool trailing, bool bom)
    {
        var csv = ("customer_id,order_date,amount\n" + Rows).Replace("\n", newline, StringComparison.Ordinal);
        csv = trailing ? csv : csv[..^newline.Length];
        var bytes = (bom ? "\uFEFF"u8.ToArray() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        foreach (var rangeBytes in new[] { 1, 16, 1 << 20 })
        {
            var fast = ReaderParity.AssertSame(bytes, rangeBytes: rangeBytes);
            Assert.Equal(6, fast!.Transactions);
            Assert.Equal(4, fast.Count);
        }
    }

    [Fact]
    public void TryRead_IdsStartingWithAscii_GivesTheOrdinalSortsPrefixKeys()
    {
        // Short, exactly 8-byte, 16-byte and long ids, and one with a non-ASCII letter after its first 8 bytes.
        var csv = "customer_id,order_date,amount\nb,2024-01-01,10\nABCDEFGH,2024-01-02,1\nCUSTOMER-0000001,2024-01-03,2\n" +
            "CUSTOMER-00000000000000042,2024-01-04,3\nCUSTOMER-Zoë,2024-01-05,4\nb,2024-01-06,5\n";

        var fast = ReaderParity.AssertSame(csv, rangeBytes: 1 << 20);

        Assert.NotNull(fast!.OrdinalPrefixKeys);
        Assert.Equal(5, fast.OrdinalPrefixKeys.Length);
    }

    [Fact]
    public void TryRead_IdWithNonAsciiInItsFirst8Bytes_GivesNoPrefixKeys()
    {
        var fast = ReaderParity.AssertSame("customer_id,order_date,amount\nb,2024-01-01,10\nZoë,2024-01-02,1\n", rangeBytes: 1 << 20);

        Assert.Null(fast!.OrdinalPrefixKeys);
    }

    [Theory]
    [InlineData("customer_id,order_date,amount\nb,2024-01-01,10\n\na,2024-01-02,1\n")]
    [InlineData("customer_id,order_date,amount\r\nb,2024-01-01,10\r\n\r\na,2024-01-02,1\r\n")]
    [InlineData("customer_id,order_date,amount\nb,2024-01-01,10\n\n")]
    public void TryRead_EmptyLines_SameErrorsOrSkipsAsGeneralReader(string csv)
    {
        ReaderParity.AssertSame(csv);
        ReaderParity.AssertSame(csv, skip: true);
    }

    [Fact]
    public void TryRead_InvalidRowInTheSecondRange_ReportsItsExactLine()
    {
        var lines = Enumerable.Range(0, 200).Select(i => $"c{i % 17},2024-01-{1 + (i % 28):D2},{i}.25").ToList();
        lines[150] = "c3,2024-01-05,12;5";
        var csv = "customer_id,order_date,amount\n" + string.Join("\r\n", lines) + "\r\n";
        var at = csv.IndexOf("12;5", StringComparison.Ordinal);
        Assert.InRange(at, 2048, 4095); // the second of the 2,048-byte ranges

        var error = Assert.Throws<CsvInputException>(() => ReaderParity.Fast(Encoding.UTF8.GetBytes(csv), new InvalidRows(), rangeBytes: 2048));

        Assert.Equal(152, error.Line);
        Assert.Equal("input.csv, line 152: 'amount' is '12;5', not a number in invariant culture (use '.' for decimals, no thousands separators or currency symbols; pass --decimal-comma for '12,50').", error.Message);
        ReaderParity.AssertSame(csv, rangeBytes: 2048);
    }

    [Fact]
    public void TryRead_SeveralBadRowsInSeveralRanges_ReportsTheEarliestOne()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"c{i % 23},2024-03-{1 + (i % 30):D2},{i}").ToList();
        lines[250] = "c1,not a date,1";
        lines[90] = ",2024-01-01,1";
        var csv = "customer_id,order_date,amount\n" + string.Join("\n", lines);

        var error = Assert.Throws<CsvInputException>(() => ReaderParity.Fast(Encoding.UTF8.GetBytes(csv), new InvalidRows(), rangeBytes: 512));

        Assert.Equal(92, error.Line);
        Assert.Contains("'customer_id' is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SkipInvalid_CountsAndListsTheFirstFiveInFileOrder()
    {
        var lines = Enumerable.Range(0, 400).Select(i => i % 37 == 5 ? $"c{i},2024-13-01,1" : i % 41 == 7 ? $"c{i},2024-01-01" : $"c{i % 29},2024-02-{1 + (i % 28):D2},{i}.5").ToList();
        var csv = "customer_id,order_date,amount\n" + string.Join("\n", lines) + "\n";
        var invalid = new InvalidRows();

        ReaderParity.Fast(Encoding.UTF8.GetBytes(csv), invalid, skip: true, rangeBytes: 300);

        var expected = Enumerable.Range(0, 400).Where(i => i % 37 == 5 || i % 41 == 7).Select(i => (long)i + 2).ToArray();
        Assert.Equal(expected.Length, invalid.Count);
        Assert.Equal(expected.Take(InvalidRows.MaxExamples), invalid.Examples.Select(e => e.Line));
        ReaderParity.AssertSame(csv, skip: true, rangeBytes: 300);
    }

    [Fact]
    public void TryRead_AfterAsOf_IsInvalidLikeTheGeneralReader()
    {
        var csv = "customer_id,order_date,amount\na,2024-01-01,1\nb,2024-02-01,2\na,2024-01-20,3\n";

        ReaderParity.AssertSame(csv, asOf: new DateOnly(2024, 1, 15));
        ReaderParity.AssertSame(csv, skip: true, asOf: new DateOnly(2024, 1, 15));
    }

    [Theory]
    [InlineData("customer_id,order_date,amount\n\"a\",2024-01-01,1\n")]
    [InlineData("note,customer_id,order_date,amount\n\"x, y\",a,2024-01-01,1\n")]
    [InlineData("customer_id,order_date,amount\na,2024-01-01,1\rb,2024-01-02,2\n")]
    [InlineData("customer_id,customer_id,order_date,amount\na,b,2024-01-01,1\n")]
    [InlineData("")]
    [InlineData("\n")]
    public void TryRead_QuotesLoneCarriageReturnsOrOddHeaders_LeavesTheFileToTheGeneralReader(string csv) =>
        Assert.Null(ReaderParity.Fast(Encoding.UTF8.GetBytes(csv), new InvalidRows()));

    [Fact]
    public void TryRead_InvalidUtf8_LeavesTheFileToTheGeneralReader()
    {
        var bytes = Encoding.UTF8.GetBytes("customer_id,order_date,amount\nab,2024-01-01,1\n");
        bytes[31] = 0xFF;

        Assert.Null(ReaderParity.Fast(bytes, new InvalidRows()));
    }

    [Fact]
    public void TryRead_SameCustomersInEveryRange_MergesThemWithSumsInFileOrder()
    {
        var ids = new[] { "a", "customer-with-a-long-id-0001", "customer-with-a-long-id-0002", "Zoë ü", "x y", "0123456789abcdef", "0123456789abcdeg" };
        var lines = Enumerable.Range(0, 500).Select(i => $"{ids[i % ids.Length]},2024-0{1 + (i % 9)}-{1 + (i % 28):D2},{(i * 0.1) - 7:0.###}");
        var csv = "customer_id,order_date,amount\n" + string.Join("\n", lines) + "\n";

        var fast = ReaderParity.AssertSame(csv, rangeBytes: 200);

        Assert.Equal(ids.Length, fast!.Count);
        Assert.Equal(500, fast.Frequency.Sum());
    }

    [Fact]
    public void TryRead_OrderIdsAcrossRanges_CountsDistinctOrdersPerCustomer()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"o{i % 11}{(i % 5 == 0 ? " " : string.Empty)},c{i % 7},2024-01-{1 + (i % 28):D2},{i},{(i % 13 == 0 ? string.Empty : "x")}");
        var csv = "order_id,customer_id,order_date,amount,note\n" + string.Join("\n", lines) + "\nc0_empty_order,c1,2024-01-01,1,\n";
        csv = csv.Replace("c0_empty_order,", ",", StringComparison.Ordinal);

        var fast = ReaderParity.AssertSame(csv, rangeBytes: 256);

        Assert.True(fast!.Frequency.Sum() < 300);
    }

    [Fact]
    public void TryRead_RenamedColumnsInAnyOrder_SameAsGeneralReader()
    {
        var columns = new TransactionColumns { CustomerId = "client", OrderDate = "created", Amount = "total", OrderId = "ref" };

        ReaderParity.AssertSame("total,x,created,client\n1.5,q,2024-01-01,A\n2,q,2024-01-02T08:00:00+02:00,B\n-0,,2024-01-03,A\n", columns: columns);
        ReaderParity.AssertSame("client,created\nA,2024-01-01\n", columns: columns);
    }

    [Fact]
    public void TryRead_HeaderOnly_HasNoTransactions()
    {
        var fast = ReaderParity.Fast("customer_id,order_date,amount\n"u8.ToArray(), new InvalidRows());

        Assert.Equal(0, fast!.Transactions);
        Assert.Equal(0, fast.Count);
    }
}
