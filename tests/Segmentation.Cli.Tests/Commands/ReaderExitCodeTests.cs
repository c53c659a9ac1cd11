using System.Text;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>Bad input found by the fault probe (issue 13) ends with exit 1 and one line naming the place, never exit 70.</summary>
public sealed class ReaderExitCodeTests
{
    private const string Segments = """
        { "version": 1, "mode": "allMatches", "segments": [ { "name": "Big", "criteria": { "kind": "compare", "field": "spend", "operator": ">", "value": 10 } } ] }
        """;

    [Theory]
    [InlineData("customer_id,spend\nC1,5\nC2\n", "customers.csv, line 3: the row has 1 field(s) but the header has 2")]
    [InlineData("customer_id,spend\nC1,5,7\n", "customers.csv, line 2: the row has 3 fields but the header has 2")]
    [InlineData("customer_id,spend,spend\nC1,5,7\n", "customers.csv, line 1: the header names 'spend' twice (columns 2 and 3)")]
    public async Task Evaluate_ShortLongRowOrDuplicateHeader_ExitsOneNamingTheLine(string customers, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", customers);
        dir.Write("segments.json", Segments);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rfm")]
    [InlineData("report")]
    public async Task DuplicateHeaderNameOfAnIgnoredColumn_ExitsOne(string command)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount,note,note\nc1,2024-01-01,1,a,b\n");

        var run = await CliRun.RunAsync(dir.Path, command, "tx.csv", "--no-progress");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tx.csv, line 1: the header names 'note' twice (columns 4 and 5)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_OneStrayQuoteInAFileOver16MiB_ExitsOneNamingItsLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("tx.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("customer_id,order_date,amount");
            for (var i = 0; i < 640_000; i++)
            {
                writer.WriteLine(i == 1000 ? "customer_\"1000,2024-01-01,1" : $"customer_{i % 5000:D6},2024-01-01,1");
            }
        }

        Assert.True(new FileInfo(path).Length > 16 << 20);
        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tx.csv, line 1002: a row starting here does not end", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_InvalidUtf8_ExitsOneAndPointsToTheEncodingOption_Latin1ReadsIt()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("tx.csv"), Encoding.Latin1.GetBytes("customer_id,order_date,amount\ncaf\xe9,2024-01-05,4\ncaf\xe8,2024-01-05,5\n"));

        var strict = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");
        var latin1 = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress", "--encoding", "latin1", "--out", "scores.csv");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("tx.csv, line 2: the byte at offset 33 is not valid UTF-8", strict.Error, StringComparison.Ordinal);
        Assert.Contains("--encoding latin1", strict.Error, StringComparison.Ordinal);
        Assert.Equal(0, latin1.ExitCode);
        var rows = File.ReadAllLines(dir.File("scores.csv"), Encoding.UTF8);
        Assert.Equal(["caf\u00e8", "caf\u00e9"], rows.Skip(1).Select(r => r.Split(',')[0]));
    }

    [Fact]
    public async Task Rfm_RowWithAnExtraField_ExitsOne_SkipInvalidCountsIt()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-04,3\nc1,2024-01-05,12,5\n");

        var strict = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");
        var skipping = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress", "--skip-invalid", "--out", "scores.csv");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("tx.csv, line 3: the row has 4 fields but the header has 3", strict.Error, StringComparison.Ordinal);
        Assert.Equal(0, skipping.ExitCode);
        Assert.Equal("c1,1,1,3", string.Join(',', File.ReadAllLines(dir.File("scores.csv"))[1].Split(',')[..4]));
        Assert.Contains("Skipped 1 invalid row(s)", skipping.Error, StringComparison.Ordinal);
        Assert.Contains("line 3: the row has 4 fields", skipping.Error, StringComparison.Ordinal);
    }
}
