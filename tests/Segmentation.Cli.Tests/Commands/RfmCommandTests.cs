namespace Segmentation.Cli.Tests.Commands;

public sealed class RfmCommandTests
{
    private const string Small =
        "customer_id,order_date,amount\n" +
        "b,2024-01-01,10\n" +
        "a,2024-01-03,0.1\n" +
        "a,2024-01-05T10:00:00Z,0.2\n" +
        "B,2023-12-31,5.5\n";

    [Fact]
    public async Task Rfm_Out_WritesContractColumnsInOrdinalOrderWithInvariantNumbers()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--out", "scores.csv");

        Assert.Equal(0, run.ExitCode);

        // As of 2024-01-06 (the day after the latest order); bins 2 cut at the median (type 7):
        // recency [6,1,5] -> cut 5, frequency [1,2,1] -> cut 1, monetary [5.5,0.3,10] -> cut 5.5;
        // on 2 bins score 2 maps to 5 on the segment grid, so (R2, F2) is Champions and (R2, F1) New customers.
        Assert.Equal(
            "customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment\n" +
            "B,6,1,5.5,1,1,1,111,Hibernating\n" +
            "a,1,2,0.3,2,2,1,221,Champions\n" +
            "b,5,1,10,2,1,2,212,New customers\n",
            File.ReadAllText(dir.File("scores.csv")));
        Assert.Equal(["scores.csv", "tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_Timings_PrintsStartUpEachPhaseAndTotalsWithJitTime()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv", "--timings");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Error.Split('\n').Where(l => l.StartsWith("timing ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("timing start-up before the command: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("timing read, parse and aggregate: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("timing sort and score: ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("timing write: ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("timing total: ", lines[4], StringComparison.Ordinal);
        Assert.All(lines[..4], l => Assert.Matches(@"JIT \d+\.\d{3} s", l));
        Assert.Matches(@"JIT since start \d+\.\d{3} s \(\d+ methods\)", lines[4]);
    }

    [Fact]
    public async Task Rfm_IdsWithCommasQuotesAndUnicode_AreQuotedPerRfc4180()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n\"Smith, J.\",2024-01-01,1\n\"say \"\"hi\"\"\",2024-01-01,2\nZoë,2024-01-01,3\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir.File("s.csv"));
        Assert.StartsWith("\"Smith, J.\",1,1,1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Zoë,1,1,3,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("\"say \"\"hi\"\"\",1,1,2,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_ManyCustomers_WritesEveryRowOnceInOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Concat(Enumerable.Range(0, 70_000).Select(i => $"c{(i * 7919) % 70_000},2024-01-{1 + (i % 28):D2},{i % 100}.5\n")));

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        var ids = File.ReadAllLines(dir.File("s.csv")).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToArray();
        Assert.Equal(70_000, ids.Length);
        Assert.Equal(Enumerable.Range(0, 70_000).Select(i => $"c{i}").Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Rfm_FastPathAndQuotedFile_WriteIdenticalScores()
    {
        // The same rows twice: plain (the UTF-8 fast path) and with a quoted note (the Sep reader).
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 5_000).Select(i => $"c{(i * 7919) % 1_300},2024-{1 + (i % 12):D2}-{1 + (i % 28):D2},{(i % 300) * 0.37:0.##}").ToArray();
        dir.Write("plain.csv", "customer_id,order_date,amount,note\r\n" + string.Concat(rows.Select(r => r + ",x\r\n")));
        dir.Write("quoted.csv", "customer_id,order_date,amount,note\n" + string.Concat(rows.Select((r, i) => r + (i == 4_000 ? ",\"a, b\"\n" : ",x\n"))));

        var plain = await CliRun.RunAsync(dir.Path, "rfm", "plain.csv", "--out", "plain-scores.csv", "--method", "ntile");
        var quoted = await CliRun.RunAsync(dir.Path, "rfm", "quoted.csv", "--out", "quoted-scores.csv", "--method", "ntile");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, quoted.ExitCode);
        Assert.Equal(1_301, File.ReadAllLines(dir.File("plain-scores.csv")).Length);
        Assert.Equal(File.ReadAllText(dir.File("quoted-scores.csv")), File.ReadAllText(dir.File("plain-scores.csv")));
    }

    [Fact]
    public async Task Rfm_AsOfAndNtile_UsesThemAndBreaksTiesByCustomerId()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nz,2024-01-01,5\ny,2024-01-01,5\nx,2024-01-01,5\nw,2024-01-01,5\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--as-of", "2024-01-11", "--bins", "2", "--method", "ntile", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir.File("s.csv"));

        // All values tie; NTILE orders by value then by position, which is customer_id order.
        Assert.Equal(["w,10,1,5,1,1,1,111", "x,10,1,5,1,1,1,111", "y,10,1,5,2,2,2,222", "z,10,1,5,2,2,2,222"], lines.Skip(1).Select(l => l[..l.LastIndexOf(',')]).ToArray());
    }

    [Fact]
    public async Task Rfm_WithoutOut_PrintsSegmentSummaryThatAddsUp()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "2", "--min-group-size", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Hibernating", run.Out, StringComparison.Ordinal);
        Assert.Contains("Champions", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+│\s+3\s", run.Out);
        Assert.Contains("Small-cell suppression is OFF", run.Out, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_BadRow_ExitsOneWithLineAndWritesNothing()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small + "c,2024-01-02,12;5\n");
        dir.Write("scores.csv", "previous output");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv", "--report", "r.html");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("tx.csv, line 6", run.Error, StringComparison.Ordinal);
        Assert.Contains("'amount' is '12;5'", run.Error, StringComparison.Ordinal);
        Assert.Equal("previous output", File.ReadAllText(dir.File("scores.csv")));
        Assert.Equal(["scores.csv", "tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_SkipInvalid_CountsAndReportsSkippedRows()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small + "c,2024-01-02,12;5\nd,not-a-date,1\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--skip-invalid", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, File.ReadAllLines(dir.File("s.csv")).Length);
        Assert.Contains("Skipped 2 invalid row(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 6", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 7", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_RenamedColumnsAndOrderIds_CountsDistinctOrders()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "client,ref,created,total\nk,o1,2024-01-01,1\nk,o1,2024-01-01,2\nk,o2,2024-01-03,3\nm,o3,2024-01-02,4\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--customer-column", "client", "--date-column", "created", "--amount-column", "total", "--order-column", "ref", "--out", "s.csv");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir.File("s.csv"));
        Assert.StartsWith("k,1,2,6,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("m,2,1,4,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_Cancelled_ExitsOneThirtyAndLeavesNoFile()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await CliRun.RunAsync(dir.Path, cancellation.Token, "rfm", "tx.csv", "--out", "s.csv");

        Assert.Equal(ExitCodes.Cancelled, run.ExitCode);
        Assert.Contains("Cancelled", run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    [Theory]
    [InlineData("rfm", "missing.csv")]
    [InlineData("rfm", "tx.csv", "--bins", "12")]
    [InlineData("rfm", "tx.csv", "--method", "median")]
    [InlineData("rfm", "tx.csv", "--as-of", "01/02/2024")]
    [InlineData("rfm", "tx.csv", "--no-such-option")]
    [InlineData("rfm")]
    [InlineData("frobnicate")]
    public async Task Rfm_UsageErrors_ExitTwo(params string[] args)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_FutureDateBeforeAsOf_ExitsOne()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--as-of", "2024-01-02");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_OutputDirectoryIsAFile_ExitsThree()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Small);
        dir.Write("blocker", "a file, not a directory");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "blocker/s.csv");

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal(["blocker", "tx.csv"], dir.FileNames());
    }

    [Fact]
    public async Task Rfm_HeaderOnly_ExitsOneSayingThereIsNothingToScore()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("no valid transaction rows", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rfm", "--as-of")]
    [InlineData("report", "--previous-as-of")]
    [InlineData("demo", "--write-sample")]
    public async Task Help_EveryCommand_ExitsZeroAndListsOptions(string command, string option)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_ListsTheCommands()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("demo", run.Out, StringComparison.Ordinal);
        Assert.Contains("rfm", run.Out, StringComparison.Ordinal);
        Assert.Contains("report", run.Out, StringComparison.Ordinal);
    }
}
