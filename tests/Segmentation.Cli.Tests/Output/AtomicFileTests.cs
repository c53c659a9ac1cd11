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
}
