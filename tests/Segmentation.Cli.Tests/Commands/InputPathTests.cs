using System.Runtime.Versioning;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>
/// Inputs that are not readable files (issue 13's probe: each was exit 70 with a stack trace, or
/// "does not exist" for a folder) end with exit 2 and one line that says what the path is.
/// </summary>
public sealed class InputPathTests
{
    private const string Segments = """
        { "version": 1, "mode": "allMatches", "segments": [ { "name": "Big", "criteria": { "kind": "compare", "field": "spend", "operator": ">", "value": 10 } } ] }
        """;

    [Theory]
    [InlineData("rfm")]
    [InlineData("report")]
    [InlineData("predict")]
    public async Task FolderGivenAsInput_ExitsTwoSayingItIsAFolder(string command)
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("orders"));

        var run = await CliRun.RunAsync(dir.Path, command, "orders", "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The input 'orders' is a folder, not a file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SymbolicLinkLoop_ExitsTwoSayingItLoops()
    {
        using var dir = new TempDirectory();
        File.CreateSymbolicLink(dir.File("a.csv"), dir.File("b.csv"));
        File.CreateSymbolicLink(dir.File("b.csv"), dir.File("a.csv"));

        var run = await CliRun.RunAsync(dir.Path, "rfm", "a.csv", "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The input file 'a.csv' is a symbolic link that loops", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DanglingLink_ExitsTwoNamingTheMissingTarget()
    {
        using var dir = new TempDirectory();
        File.CreateSymbolicLink(dir.File("tx.csv"), dir.File("gone.csv"));

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a link to '", run.Error, StringComparison.Ordinal);
        Assert.Contains("gone.csv', which does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task UnreadableInput_ExitsTwoSayingPermissionDenied()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,5\n");
        File.SetUnixFileMode(dir.File("tx.csv"), UnixFileMode.None);

        // Root reads any file through CAP_DAC_OVERRIDE, so as root (CI) the tool runs in a child
        // process without that capability. It stays root: as 'nobody' the coverage-instrumented
        // tool could not write its hit file and aborted at exit under CI.
        var run = Environment.UserName == "root"
            ? await CliRun.RunProcessAsync(dir.Path, ["setpriv", "--bounding-set=-dac_override,-dac_read_search"], "rfm", "tx.csv", "--no-progress")
            : await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The input file 'tx.csv' cannot be read: permission denied", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_CustomersFileIsAFolder_ExitsTwo()
    {
        using var dir = new TempDirectory();
        dir.Write("segments.json", Segments);
        Directory.CreateDirectory(dir.File("customers"));

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The input 'customers' is a folder, not a file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DefinitionsFileOf1_2GB_IsRefusedAfterTheLimitWithoutReadingItWhole()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,spend\nC1,5\n");
        var definitions = dir.File("segments.json");
        using (var file = new FileStream(definitions, FileMode.Create, FileAccess.Write))
        {
            file.Write("{ \"version\": 1, \"segments\": ["u8);
            file.SetLength(1_200_000_000); // sparse: costs no disk, but a whole read would need 1.2 GB (2.4 GB as text)
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("segments.json: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("larger than 1048576 bytes", run.Error, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"the run allocated {allocated:N0} bytes; the limit must stop the read near 1 MiB");
    }

    // Regression: /dev/stdin and the /dev/fd/63 of <(zcat orders.csv.gz) are links to "pipe:[N]",
    // which has no path, so the link check called them dangling (docs/cli.md promises pipes work).
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task InputThroughALinkToAnAnonymousPipe_IsRead()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,5\nc2,2024-02-01,7\n");
        dir.Write("gone.txt", "c2\n");

        // bash pipes the file into the tool, whose standard input is then an anonymous pipe.
        var run = await CliRun.RunProcessAsync(dir.Path, ["bash", "-c", "cat tx.csv | \"$@\"", "bash"], "rfm", "/dev/stdin", "--no-progress", "--min-group-size", "0", "--suppress", "gone.txt", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment", File.ReadLines(dir.File("s.csv")).First());
        Assert.Equal(2, File.ReadAllLines(dir.File("s.csv")).Length);
    }
}
