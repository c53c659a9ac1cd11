using System.Runtime.Versioning;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>
/// --suppress paths go through the input checks (probe item 1: a dangling link or an unreadable
/// list was exit 70 with a stack trace in every command, a folder "does not exist").
/// </summary>
public sealed partial class SuppressOptionTests
{
    private const string Definitions = """{ "version": 1, "mode": "allMatches", "segments": [ { "name": "High", "criteria": { "kind": "compare", "field": "score", "operator": ">", "value": 5 } } ] }""";

    [Theory]
    [InlineData("rfm", "folder")]
    [InlineData("rfm", "dangling")]
    [InlineData("rfm", "loop")]
    [InlineData("types", "dangling")]
    [InlineData("predict", "dangling")]
    [InlineData("report", "folder")]
    [InlineData("evaluate", "dangling")]
    public async Task Suppress_PathThatIsNoReadableFile_ExitsTwoNamingTheOptionAndWhatThePathIs(string command, string kind)
    {
        using var dir = SuppressPaths();
        switch (kind)
        {
            case "folder":
                Directory.CreateDirectory(dir.File("gone"));
                break;
            case "dangling":
                File.CreateSymbolicLink(dir.File("gone"), dir.File("nothere"));
                break;
            default:
                File.CreateSymbolicLink(dir.File("gone"), dir.File("other"));
                File.CreateSymbolicLink(dir.File("other"), dir.File("gone"));
                break;
        }

        var run = await CliRun.RunAsync(dir.Path, [.. Command(command), "--suppress", "gone"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var expected = kind switch
        {
            "folder" => "--suppress: 'gone' is a folder, not a file",
            "dangling" => "--suppress: the file 'gone' is a link to '",
            _ => "--suppress: the file 'gone' is a symbolic link that loops",
        };
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist (looked", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_SuppressFolder_IsRefusedBeforeAnyInputIsRead()
    {
        using var dir = SuppressPaths();
        Directory.CreateDirectory(dir.File("gone"));

        var run = await CliRun.RunAsync(dir.Path, "types", "tx.csv", "--visits", "visits.csv", "--suppress", "gone", "--no-progress");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--suppress: 'gone' is a folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Read ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rfm")]
    [InlineData("types")]
    [InlineData("evaluate")]
    [UnsupportedOSPlatform("windows")]
    public async Task Suppress_UnreadableList_ExitsTwoSayingPermissionDenied(string command)
    {
        using var dir = SuppressPaths();
        dir.Write("gone.txt", "c1\n");
        File.SetUnixFileMode(dir.File("gone.txt"), UnixFileMode.None);
        string[] args = [.. Command(command), "--suppress", "gone.txt"];

        // As InputPathTests: root reads any file through CAP_DAC_OVERRIDE, so it is dropped.
        var run = Environment.UserName == "root"
            ? await CliRun.RunProcessAsync(dir.Path, ["setpriv", "--bounding-set=-dac_override,-dac_read_search"], args)
            : await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--suppress: the file 'gone.txt' cannot be read: permission denied", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    private static string[] Command(string command) => command switch
    {
        "evaluate" => ["evaluate", "--definitions", "segments.json", "--customers", "customers.csv"],
        "report" => ["report", "tx.csv", "--no-progress", "--out", "r.html"],
        _ => [command, "tx.csv", "--no-progress"],
    };

    private static TempDirectory SuppressPaths()
    {
        var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows) + "\n");
        dir.Write("visits.csv", "customer_id,date\nc1,2024-01-01\n");
        dir.Write("customers.csv", "customer_id,score\nc1,3\nc2,9\n");
        dir.Write("segments.json", Definitions);
        return dir;
    }
}
