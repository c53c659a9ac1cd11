using Segmentation.Cli.Output;

namespace Segmentation.Cli.Tests.Output;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_WriterThrowsHalfway_LeavesNoFileAndNoTempFile()
    {
        using var dir = new TempDirectory();

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(dir.File("out.csv"), stream =>
        {
            stream.Write("half a file"u8);
            throw new InvalidOperationException("disk on fire");
        }));

        Assert.Empty(dir.FileNames());
    }

    [Fact]
    public void Write_WriterThrows_KeepsThePreviousFileUntouched()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("out.csv", "old good content");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new"u8);
            throw new InvalidOperationException("cancelled");
        }));

        Assert.Equal("old good content", File.ReadAllText(path));
        Assert.Equal(["out.csv"], dir.FileNames());
    }

    [Fact]
    public void Write_Succeeds_ReplacesTheFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("out.csv", "old");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.csv"], dir.FileNames());
    }

    [Fact]
    public void Write_ManyMegabytesInUnevenChunks_FileHoldsExactlyTheBytes()
    {
        // Over the write-behind interval several times, so the kernel hint runs between writes.
        using var dir = new TempDirectory();
        var expected = new byte[(13 << 20) + 12_345];
        new Random(7).NextBytes(expected);
        var path = dir.File("big.bin");

        AtomicFile.Write(path, stream =>
        {
            for (int offset = 0, size = 1; offset < expected.Length; offset += size, size = (size * 7 % 1_000_003) + 1)
            {
                stream.Write(expected.AsSpan(offset, Math.Min(size, expected.Length - offset)));
            }

            stream.WriteByte(42);
        });

        var actual = File.ReadAllBytes(path);
        Assert.Equal(expected.Length + 1, actual.Length);
        Assert.True(actual.AsSpan(0, expected.Length).SequenceEqual(expected));
        Assert.Equal(42, actual[^1]);
    }
}
