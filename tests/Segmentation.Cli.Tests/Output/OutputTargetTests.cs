using System.Diagnostics;
using System.Text;
using Segmentation.Cli.Output;
using Spectre.Console.Testing;

namespace Segmentation.Cli.Tests.Output;

/// <summary>
/// Where an output goes: <c>-</c> is standard output; a device, FIFO or a link to one is written in
/// place; a regular file is replaced atomically; a missing folder is an error unless --create-dirs.
/// Regressions for a run as root that replaced <c>/dev/null</c> with a regular file, output that
/// could never go to a pipe, a missing folder created silently, and temporary files a killed run left.
/// CI runs these as root; the device tests need root for <c>mknod</c> and fail under CI without it.
/// </summary>
public sealed class OutputTargetTests
{
    private const string Transactions = "customer_id,order_date,amount\nb,2024-01-01,10\na,2024-01-03,0.1\na,2024-01-05,0.2\n";
    private const string Scores =
        "customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment\n" +
        "a,1,2,0.3,2,2,1,221,Champions\n" +
        "b,5,1,10,1,1,2,112,Hibernating\n";

    [Fact]
    public async Task Rfm_OutDash_WritesTheCsvToStandardOutputAndMessagesToStandardError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);
        using var stdout = new MemoryStream();

        var (code, console, error) = await RunAsync(dir.Path, stdout, "rfm", "tx.csv", "--bins", "2", "--out", "-");

        Assert.Equal(0, code);
        Assert.Equal(Scores, Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Equal(string.Empty, console);
        Assert.Contains("Wrote 2 customers to standard output.", error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    // Regression (probe item 10): evaluate said "Wrote 2 customers to /the/folder/-." and the
    // other commands "to -.", naming a file that was never written.
    [Theory]
    [InlineData("evaluate")]
    [InlineData("types")]
    [InlineData("predict")]
    [InlineData("report")]
    public async Task OutDash_MessageSaysStandardOutput(string command)
    {
        using var dir = Commands.PseudonymOptionTests.WithTransactions();
        dir.Write("customers.csv", "customer_id,score\nc1,3\nc2,9\n");
        dir.Write("s.json", """{ "version": 1, "mode": "allMatches", "segments": [ { "name": "High", "criteria": { "kind": "compare", "field": "score", "operator": ">", "value": 5 } } ] }""");
        using var stdout = new MemoryStream();
        string[] args = command == "evaluate" ? ["evaluate", "--definitions", "s.json", "--customers", "customers.csv"] : [command, "tx.csv", "--no-progress"];

        var (code, _, error) = await RunAsync(dir.Path, stdout, [.. args, "--out", "-"]);

        Assert.Equal(0, code);
        Assert.True(stdout.Length > 0);
        Assert.Matches(@"Wrote (\d+ customers|the report) to standard output\.", error);
        Assert.DoesNotContain("to -", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/-", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_OutIntoAMissingFolder_IsAnErrorNamingIt_UnlessCreateDirs()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var refused = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--out", "new/scores.csv");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("new/scores.csv' does not exist", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--create-dirs", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("new")));

        var created = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--out", "new/scores.csv", "--create-dirs");
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(Scores, File.ReadAllText(dir.File("new/scores.csv")));
    }

    [Fact]
    public async Task Rfm_OutIsAFolder_IsAnOutputError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);
        Directory.CreateDirectory(dir.File("scores"));

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("scores' is a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ToACharacterDevice_WritesInPlaceAndKeepsTheDevice()
    {
        SkipUnlessRoot();
        using var dir = new TempDirectory();
        var device = dir.File("null");
        Run("mknod", device, "c", "1", "3"); // the same device as /dev/null

        OutputFile.Write(device, createDirectories: false, stream => stream.Write("discarded"u8));

        Assert.Equal(FileKind.Special, FileKinds.Of(device));
        Assert.Equal(["null"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_OutIsALinkToADevice_KeepsTheLinkAndTheDevice()
    {
        SkipUnlessRoot();
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);
        var device = dir.File("null");
        Run("mknod", device, "c", "1", "3");
        File.CreateSymbolicLink(dir.File("stdout"), device);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "stdout");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(device, new FileInfo(dir.File("stdout")).LinkTarget);
        Assert.Equal(FileKind.Special, FileKinds.Of(device));
        Assert.Equal(["null", "stdout", "tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_OutIsAFifo_StreamsIntoItWithoutATemporaryFile()
    {
        SkipUnlessLinux();
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);
        var fifo = dir.File("scores.fifo");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--out", "scores.fifo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Scores, await reader);
        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
        Assert.Equal(["scores.fifo", "tx.csv"], dir.FileNames());
    }

    [Fact]
    public void Write_ThroughALinkToARegularFile_ReplacesTheFileAndKeepsTheLink()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("real.csv", "old");
        var link = dir.File("link.csv");
        File.CreateSymbolicLink(link, target);

        OutputFile.Write(link, createDirectories: false, stream => stream.Write("new"u8));

        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["link.csv", "real.csv"], dir.FileNames());
    }

    [Fact]
    public void Write_RegularFile_RemovesTheTemporaryFilesOfEndedRunsOnly()
    {
        SkipUnlessLinux();
        using var dir = new TempDirectory();
        var stale = dir.Write($".out.csv.segment-{EndedProcessId()}-0123456789abcdef.tmp", "a killed run's half");
        var running = dir.Write(".out.csv.segment-1-0123456789abcdef.tmp", "pid 1 is running");
        var other = dir.Write($".other.csv.segment-{EndedProcessId()}-0123456789abcdef.tmp", "another output's");

        AtomicFile.Write(dir.File("out.csv"), stream => stream.Write("new"u8));

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running));
        Assert.True(File.Exists(other));
        Assert.Equal("new", File.ReadAllText(dir.File("out.csv")));
    }

    [Fact]
    public void Write_TemporaryFileName_NamesTheTargetAndTheProcess()
    {
        using var dir = new TempDirectory();
        string? seen = null;

        AtomicFile.Write(dir.File("out.csv"), _ => seen = Directory.GetFiles(dir.Path).Single());

        Assert.StartsWith($".out.csv.segment-{Environment.ProcessId}-", Path.GetFileName(seen), StringComparison.Ordinal);
        Assert.EndsWith(".tmp", seen, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Out, string Error)> RunAsync(string directory, Stream stdout, params string[] args)
    {
        var output = new TestConsole();
        output.Profile.Width = 200;
        var error = new TestConsole();
        error.Profile.Width = 200;
        var environment = new CliEnvironment(output, error, directory) { OpenStandardOutput = () => new NonClosingStream(stdout) };
        var code = await CliApp.RunAsync(args, environment);
        return (code, output.Output, error.Output);
    }

    private static int EndedProcessId()
    {
        // A child that has exited and been reaped: its id names no process (until the kernel reuses it).
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static void SkipUnlessLinux() => Assert.SkipUnless(OperatingSystem.IsLinux(), "devices, FIFOs and /proc are tested on Linux");

    private static void SkipUnlessRoot()
    {
        SkipUnlessLinux();
        var root = Environment.UserName == "root";
        Assert.True(root || Environment.GetEnvironmentVariable("CI") is null, "CI runs as root, and these tests must run there");
        Assert.SkipUnless(root, "mknod needs root");
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(command, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
