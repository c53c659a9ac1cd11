namespace Segmentation.Cli.Tests.Commands;

/// <summary>--suppress: listed customers are dropped before scoring, so they appear in no output.</summary>
public sealed class SuppressOptionTests
{
    private static readonly string[] Rows = [.. Enumerable.Range(0, 120).Select(i => $"c{i % 40},2024-{1 + (i % 12):D2}-{1 + (i % 27):D2},{(i * 13 % 97) + 1}")];

    [Fact]
    public async Task Rfm_Suppress_CustomerInNoOutputAndOthersScoredAsWithoutTheirRows()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows) + "\n");
        dir.Write("without.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows.Where(r => !r.StartsWith("c7,", StringComparison.Ordinal) && !r.StartsWith("c11,", StringComparison.Ordinal))) + "\n");
        dir.Write("gone.txt", "customer_id\nc7\nc11\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--suppress", "gone.txt", "--out", "s.csv", "--report", "r.html");
        var reference = await CliRun.RunAsync(dir.Path, "rfm", "without.csv", "--out", "w.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, reference.ExitCode);
        var scores = File.ReadAllText(dir.File("s.csv"));
        Assert.DoesNotContain("c7,", scores, StringComparison.Ordinal);
        Assert.DoesNotContain("c11,", scores, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("w.csv")), scores);
        Assert.DoesNotContain("\"c7\"", File.ReadAllText(dir.File("r.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_SuppressMissingFile_IsAUsageError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows) + "\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--suppress", "nope.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--suppress", run.Error, StringComparison.Ordinal);
    }
}
