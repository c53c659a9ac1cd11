using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

/// <summary>Regression tests of the fault probe (issue 13): bad rows and bytes are errors naming the place, never a silent answer or exit 70.</summary>
public sealed class ReaderFaultTests
{
    [Fact]
    public void Read_RowWithMoreFieldsThanTheHeader_IsAnErrorInBothReaders()
    {
        // "12,5" unquoted: four fields, not amount 12.
        var csv = "customer_id,order_date,amount\nc1,2024-01-04,3\nc1,2024-01-05,12,5\n";

        var error = Assert.Throws<CsvInputException>(() => ReaderParity.General(Encoding.UTF8.GetBytes(csv), new InvalidRows()));

        Assert.Equal(3, error.Line);
        Assert.Equal("input.csv, line 3: the row has 4 fields but the header has 3; a field that contains the delimiter must be quoted (\"12,5\"), and every row needs one field per header column.", error.Message);
        ReaderParity.AssertSame(csv);
    }

    [Fact]
    public void Read_RowsWithTooManyOrTooFewFields_AreCountedUnderSkipInvalid()
    {
        var csv = "customer_id,order_date,amount,note\nc1,2024-01-04,3,x\nc1,2024-01-05,12,5,y\nc2,2024-01-05,7\nc3,2024-01-06,1,\n";
        var invalid = new InvalidRows();

        var customers = ReaderParity.General(Encoding.UTF8.GetBytes(csv), invalid, skip: true);

        Assert.Equal(2, invalid.Count);
        Assert.Equal([3L, 4L], invalid.Examples.Select(e => e.Line));
        Assert.Contains("5 fields but the header has 4", invalid.Examples[0].Reason, StringComparison.Ordinal);
        Assert.Contains("3 field(s) but the header has 4", invalid.Examples[1].Reason, StringComparison.Ordinal);
        Assert.Equal(2, customers.Transactions);
        ReaderParity.AssertSame(csv, skip: true);
    }

    [Fact]
    public void Read_InvalidUtf8_NamesLineAndByteOffsetAndTheEncodingOption()
    {
        var bytes = Latin1("customer_id,order_date,amount\ncafe,2024-01-04,3\ncaf\xe9,2024-01-05,4\ncaf\xe8,2024-01-05,5\n");

        var error = Assert.Throws<CsvInputException>(() => ReaderParity.General(bytes, new InvalidRows()));
        var fast = ReaderParity.Fast(bytes, new InvalidRows());

        Assert.Null(fast); // the fast path hands such a file to the general reader
        Assert.Equal(3, error.Line);
        Assert.Contains("the byte at offset 51 is not valid UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Contains("--encoding latin1", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1Encoding_KeepsDistinctIdsDistinct()
    {
        var bytes = Latin1("customer_id,order_date,amount\ncaf\xe9,2024-01-05,4\ncaf\xe8,2024-01-05,5\n");
        var reader = new TransactionCsvReader { Columns = new TransactionColumns(), Dialect = InputDialect.Default with { Encoding = InputEncoding.Latin1 } };

        var customers = reader.Read("input.csv", new MemoryStream(bytes), new InvalidRows(), TestContext.Current.CancellationToken).Current;

        Assert.Equal([("caf\u00e8", 1, 1, 5m), ("caf\u00e9", 1, 1, 4m)], ReaderParity.Rows(customers));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Utf8CheckedStream_SequencesCutByReads_AreValidAndABadByteIsFoundAtItsOffset(int chunk)
    {
        var good = Encoding.UTF8.GetBytes("id\n\u00e9\u20ac\U0001F600x\n\u00fc\n");
        using (var stream = new Utf8CheckedStream(new TrickleStream(good, chunk), "t.csv"))
        {
            Assert.Equal(good, ReadAll(stream));
        }

        var bad = good.Concat(new byte[] { 0xF0, 0x9F, 0x98 }).ToArray(); // a truncated 4-byte sequence at the end
        var error = Assert.Throws<CsvInputException>(() => ReadAll(new Utf8CheckedStream(new TrickleStream(bad, chunk), "t.csv")));
        Assert.Contains($"offset {good.Length} ", error.Reason, StringComparison.Ordinal);
        Assert.Equal(4, error.Line);

        var lone = Encoding.UTF8.GetBytes("id\nab").Concat(new byte[] { 0x80 }).Concat(Encoding.UTF8.GetBytes("cd\n")).ToArray();
        var loneError = Assert.Throws<CsvInputException>(() => ReadAll(new Utf8CheckedStream(new TrickleStream(lone, chunk), "t.csv")));
        Assert.Contains("offset 5 ", loneError.Reason, StringComparison.Ordinal);
        Assert.Equal(2, loneError.Line);
    }

    [Theory]
    [InlineData("customer_id,order_date,amount,note,note\nc1,2024-01-01,1,a,b\n", "'note' twice (columns 4 and 5)")]
    [InlineData("customer_id,amount,order_date,amount\nc1,1,2024-01-01,1\n", "'amount' twice (columns 2 and 4)")]
    public void Read_DuplicateHeaderNames_IsAnErrorNamingThem(string csv, string expected)
    {
        var error = Assert.Throws<CsvInputException>(() => ReaderParity.General(Encoding.UTF8.GetBytes(csv), new InvalidRows()));

        Assert.Equal(1, error.Line);
        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
        Assert.Null(ReaderParity.Fast(Encoding.UTF8.GetBytes(csv), new InvalidRows()));
    }

    [Fact]
    public void Read_PreviousAsOf_AggregatesTheEarlierRowsInTheSamePass()
    {
        var csv = "customer_id,order_date,amount,order_id\na,2024-01-01,5,o1\na,2024-01-01,2,o1\nb,2024-02-10,3,o2\na,2024-03-01,4,o3\nc,2024-03-02,1,\n";
        var cut = new DateOnly(2024, 3, 1);
        var reader = new TransactionCsvReader { Columns = new TransactionColumns(), PreviousAsOf = cut };

        var read = reader.Read("input.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv)), new InvalidRows(), TestContext.Current.CancellationToken);
        var before = string.Join('\n', csv.Split('\n').Where(l => l.Length == 0 || l.StartsWith("customer_id", StringComparison.Ordinal) || DateOnly.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture) < cut));
        var expected = ReaderParity.General(Encoding.UTF8.GetBytes(before), new InvalidRows(), asOf: cut);

        Assert.NotNull(read.Previous);
        Assert.Equal(ReaderParity.Rows(expected), ReaderParity.Rows(read.Previous));
        Assert.Equal(cut, read.Previous.AsOf);
        Assert.Equal([("a", 60, 1, 7m), ("b", 20, 1, 3m)], ReaderParity.Rows(read.Previous));
        Assert.Equal(5, read.Current.Transactions);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] ReadAll(Stream stream)
    {
        var output = new MemoryStream();
        stream.CopyTo(output, 5);
        return output.ToArray();
    }

    /// <summary>Returns at most a few bytes per read, so sequences are cut at every position.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(chunk, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(chunk, count));
    }
}
