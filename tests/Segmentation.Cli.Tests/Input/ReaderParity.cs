using System.Text;
using Segmentation.Cli.Input;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Tests.Input;

/// <summary>Runs the UTF-8 fast path and the general (Sep) reader on the same bytes and compares everything a user sees.</summary>
internal static class ReaderParity
{
    public const string Name = "input.csv";

    public static CustomerColumns? Fast(byte[] bytes, InvalidRows invalid, bool skip = false, int rangeBytes = 24, DateOnly? asOf = null, TransactionColumns? columns = null, long? collectRowsAbove = null)
    {
        var data = new byte[bytes.Length + Utf8TransactionReader.Padding];
        bytes.CopyTo(data, 0);
        var reader = new Utf8TransactionReader
        {
            Columns = columns ?? new TransactionColumns(),
            SkipInvalid = skip,
            AsOf = asOf,
            RangeBytes = rangeBytes,
            CollectRowsAbove = collectRowsAbove ?? Utf8TransactionReader.DefaultCollectRowsAbove,
        };
        return reader.TryRead(Name, data, bytes.Length, invalid, CancellationToken.None);
    }

    public static CustomerColumns General(byte[] bytes, InvalidRows invalid, bool skip = false, DateOnly? asOf = null, TransactionColumns? columns = null)
    {
        var reader = new TransactionCsvReader { Columns = columns ?? new TransactionColumns(), SkipInvalid = skip, AsOf = asOf };
        return reader.Read(Name, new MemoryStream(bytes), invalid, CancellationToken.None).Current;
    }

    /// <summary>Asserts the fast path took the file and agrees with the general reader: rows, errors, skipped lines.</summary>
    public static CustomerColumns? AssertSame(string csv, bool skip = false, int rangeBytes = 24, DateOnly? asOf = null, TransactionColumns? columns = null) =>
        AssertSame(Encoding.UTF8.GetBytes(csv), skip, rangeBytes, asOf, columns);

    public static CustomerColumns? AssertSame(byte[] bytes, bool skip = false, int rangeBytes = 24, DateOnly? asOf = null, TransactionColumns? columns = null, long? collectRowsAbove = null)
    {
        var generalInvalid = new InvalidRows();
        var fastInvalid = new InvalidRows();
        CustomerColumns general;
        try
        {
            general = General(bytes, generalInvalid, skip, asOf, columns);
        }
        catch (SegmentationException expected)
        {
            var actual = Assert.ThrowsAny<SegmentationException>(() => Fast(bytes, fastInvalid, skip, rangeBytes, asOf, columns, collectRowsAbove));
            Assert.Equal(expected.Message, actual.Message);
            return null;
        }

        var fast = Fast(bytes, fastInvalid, skip, rangeBytes, asOf, columns, collectRowsAbove);
        Assert.NotNull(fast);
        Assert.Equal(general.Transactions, fast.Transactions);
        if (general.Transactions > 0)
        {
            Assert.Equal(general.AsOf, fast.AsOf);
        }

        Assert.Equal(Rows(general), Rows(fast));
        Assert.Equal(generalInvalid.Count, fastInvalid.Count);
        Assert.Equal(generalInvalid.Examples.Select(e => e.Message), fastInvalid.Examples.Select(e => e.Message));
        if (fast.OrdinalPrefixKeys is { } keys)
        {
            Assert.Equal(fast.Ids!.Select(PrefixKey), keys);
        }

        return fast;
    }

    /// <summary>The id's first 8 UTF-16 code units packed 8 bits each, as the ordinal sort's narrow path builds it.</summary>
    public static ulong PrefixKey(string id)
    {
        ulong key = 0;
        for (var j = 0; j < 8; j++)
        {
            var c = j < id.Length ? id[j] : 0u;
            Assert.True(c <= 0xFF, $"'{id}' has a character above U+00FF in its first 8, so it has no prefix key.");
            key = (key << 8) | c;
        }

        return key;
    }

    public static (string Id, int Recency, int Frequency, decimal Monetary)[] Rows(CustomerColumns a) =>
        [.. Enumerable.Range(0, a.Count).Select(i => (a.Ids![i], a.RecencyDays[i], a.Frequency[i], a.Monetary[i])).OrderBy(r => r.Item1, StringComparer.Ordinal)];
}
