using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

public sealed class MappedInputTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(100, true)]
    [InlineData(-Utf8TransactionReader.Padding, true)]
    [InlineData(-Utf8TransactionReader.Padding + 1, false)]
    public void TryMap_MapsOnlyWhenTheLastPageLeavesThePaddingReadable(int tail, bool mapped)
    {
        // tail: bytes past a whole number of pages (negative: short of the next page boundary).
        var page = Environment.SystemPageSize;
        var length = (3 * page) + (tail >= 0 ? tail : page + tail);
        var path = TempFile(Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray());
        try
        {
            using var stream = File.OpenRead(path);
            using var map = MappedInput.TryMap(stream, length);

            Assert.Equal(mapped, map is not null);
            if (map is not null)
            {
                var span = map.Memory.Span;
                Assert.Equal(length + Utf8TransactionReader.Padding, span.Length);
                Assert.Equal(File.ReadAllBytes(path), span[..length].ToArray());
                Assert.True(span[length..].IndexOfAnyExcept((byte)0) < 0, "The padding after the content must read as zeros.");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(777)]
    public void TryRead_FromAPath_MappedOrCopied_SameAggregatesAsFromBytes(int tail)
    {
        // Rows padded with an ignored column so the file ends where the test wants relative to a page.
        var page = Environment.SystemPageSize;
        var body = new StringBuilder("customer_id,order_date,amount,note\n");
        for (var i = 0; body.Length < 5 * page; i++)
        {
            body.Append($"C{i % 37},2024-03-{1 + (i % 28):D2},{i % 100}.25,x\n");
        }

        var target = (6 * page) + (tail >= 0 ? tail : page + tail);
        const string LastRow = "C1,2024-04-01,1,";
        var filler = target - body.Length - LastRow.Length - 1;
        body.Append(LastRow).Append('y', filler).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(body.ToString());
        Assert.Equal(target, bytes.Length);
        var path = TempFile(bytes);
        try
        {
            var fromPath = new Utf8TransactionReader { Columns = new TransactionColumns() }.TryRead(path, new InvalidRows(), CancellationToken.None);
            var fromBytes = ReaderParity.AssertSame(bytes, rangeBytes: 1 << 20);

            Assert.NotNull(fromPath);
            Assert.Equal(ReaderParity.Rows(fromBytes!), ReaderParity.Rows(fromPath));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string TempFile(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapped-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
