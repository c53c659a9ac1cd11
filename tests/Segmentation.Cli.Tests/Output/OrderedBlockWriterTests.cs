using System.Buffers;
using System.Text;
using Segmentation.Cli.Output;

namespace Segmentation.Cli.Tests.Output;

public sealed class OrderedBlockWriterTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(200, 2)]
    [InlineData(200, 5)]
    public void Run_BlocksFinishingOutOfOrder_AreWrittenInBlockOrder(int blocks, int workers)
    {
        using var stream = new MemoryStream();

        OrderedBlockWriter.Run(stream, blocks, workers, 16, (b, buffer) =>
        {
            // Uneven work so later blocks often finish before earlier ones.
            Thread.SpinWait((b * 7919 % 13) * 2_000);
            buffer.Write(Encoding.ASCII.GetBytes($"{b};"));
        }, CancellationToken.None);

        Assert.Equal(string.Concat(Enumerable.Range(0, blocks).Select(b => $"{b};")), Encoding.ASCII.GetString(stream.ToArray()));
    }

    [Fact]
    public void Run_FormatThrows_RethrowsOnTheCaller()
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<InvalidOperationException>(() => OrderedBlockWriter.Run(stream, 100, 2, 16, (b, buffer) =>
        {
            if (b == 37)
            {
                throw new InvalidOperationException("block 37");
            }

            buffer.Write("x"u8);
        }, CancellationToken.None));

        Assert.Equal("block 37", error.Message);
        Assert.True(stream.Length <= 37);
    }

    [Fact]
    public void Run_Cancelled_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedBlockWriter.Run(stream, 1_000, 2, 16, (b, buffer) =>
        {
            if (b == 10)
            {
                cancellation.Cancel();
            }

            buffer.Write("x"u8);
        }, cancellation.Token));
    }

    [Fact]
    public void Run_WriteThrows_StopsTheWorkersAndRethrows()
    {
        using var stream = new FailingStream(failAfter: 5);
        var formatted = 0;

        Assert.Throws<IOException>(() => OrderedBlockWriter.Run(stream, 10_000, 2, 16, (_, buffer) =>
        {
            Interlocked.Increment(ref formatted);
            buffer.Write("x"u8);
        }, CancellationToken.None));

        // The workers stop within one ring of buffers of the failed write.
        Assert.InRange(Volatile.Read(ref formatted), 6, 6 + 16);
    }

    private sealed class FailingStream(int failAfter) : MemoryStream
    {
        private int _writes;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (++_writes > failAfter)
            {
                throw new IOException("disk full");
            }

            base.Write(buffer);
        }
    }
}
