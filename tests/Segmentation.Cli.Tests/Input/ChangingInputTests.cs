using System.Diagnostics;
using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

/// <summary>Inputs that change while they are read (issue 13): a prefix of whole rows or a clear error, never a fault.</summary>
public sealed class ChangingInputTests
{
    [Fact]
    public void SnapshotStream_FileGrowsWhileRead_EndsAtTheSnapshotsLastWholeRow()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("tx.csv", "h\nr1\nr2\npart");
        using var input = Utf8TransactionReader.OpenInput(path);
        var snapshot = new SnapshotStream(input, path);
        File.AppendAllText(path, "ial\nr4\n");

        var text = new StreamReader(snapshot).ReadToEnd();

        Assert.Equal("h\nr1\nr2\n", text);
        Assert.Equal(4, snapshot.DroppedBytes);
    }

    [Fact]
    public void SnapshotStream_UnchangedFileWithoutFinalNewline_IsReadWhole()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("tx.csv", "h\nr1\nlast");
        using var input = Utf8TransactionReader.OpenInput(path);
        var snapshot = new SnapshotStream(input, path);

        Assert.Equal("h\nr1\nlast", new StreamReader(snapshot).ReadToEnd());
        Assert.Equal(0, snapshot.DroppedBytes);
    }

    [Fact]
    public void SnapshotStream_FileShrinksWhileRead_IsAnInputChangedError()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("tx.csv", "h\n" + string.Concat(Enumerable.Repeat("row,2024-01-01,1\n", 1000)));
        using var input = Utf8TransactionReader.OpenInput(path);
        var snapshot = new SnapshotStream(input, path);
        using (var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            writer.SetLength(100);
        }

        var error = Assert.Throws<InputChangedException>(() => new StreamReader(snapshot).ReadToEnd());

        Assert.Contains("tx.csv shrank from 17,002 to 100 bytes while it was read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLease_OnLinux_IsRefusedWhileAWriterHasTheFileOpenAndHoldsOffATruncation()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,1\n");
        using var input = Utf8TransactionReader.OpenInput(path);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ReadLease.TryTake(input.SafeFileHandle));
            return;
        }

        using (new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            Assert.Null(ReadLease.TryTake(input.SafeFileHandle));
        }

        var lease = ReadLease.TryTake(input.SafeFileHandle);
        Assert.NotNull(lease);
        // The shell's '>' opens for writing with O_TRUNC and blocks (coreutils' truncate opens
        // non-blocking and is refused outright).
        using var truncate = Process.Start(new ProcessStartInfo("sh", ["-c", ": > \"$1\"", "sh", path]))!;
        Assert.False(truncate.WaitForExit(700), "the truncation should wait for the lease");
        Assert.Equal(46, new FileInfo(path).Length);

        lease.Dispose();

        Assert.True(truncate.WaitForExit(10_000));
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rfm_FileRewrittenAppendedAndTruncatedWhileRead_NeverCrashes(bool general)
    {
        using var dir = new TempDirectory();
        var full = new StringBuilder("customer_id,order_date,amount\n");
        for (var i = 0; i < 60_000; i++)
        {
            full.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 3000},2024-01-{1 + (i % 28):D2},{i % 97}.5\n");
        }

        var bytes = Encoding.UTF8.GetBytes(full.ToString());
        var path = dir.File("tx.csv");
        File.WriteAllBytes(path, bytes);
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => Rewrite(path, bytes, stop.Token), TestContext.Current.CancellationToken);

        var codes = new List<int>();
        string[] extra = general ? ["--encoding", "latin1"] : [];
        for (var run = 0; run < 25; run++)
        {
            var result = await CliRun.RunAsync(dir.Path, ["rfm", "tx.csv", "--no-progress", "--skip-invalid", .. extra]);
            codes.Add(result.ExitCode);
            Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Error}");
        }

        await stop.CancelAsync();
        await writer;
        Assert.Contains(0, codes);
    }

    private static void Rewrite(string path, byte[] bytes, CancellationToken stop)
    {
        var random = new Random(7);
        while (!stop.IsCancellationRequested)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            switch (random.Next(3))
            {
                case 0:
                    stream.SetLength(random.Next(bytes.Length));
                    break;
                case 1:
                    stream.Seek(0, SeekOrigin.End);
                    stream.Write(bytes.AsSpan(30, random.Next(1, 200)));
                    break;
                default:
                    stream.SetLength(0);
                    stream.Write(bytes);
                    break;
            }
        }
    }
}
