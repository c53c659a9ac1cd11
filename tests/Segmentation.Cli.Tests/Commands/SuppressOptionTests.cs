namespace Segmentation.Cli.Tests.Commands;

/// <summary>--suppress: listed customers are dropped before scoring, so they appear in no output.</summary>
public sealed partial class SuppressOptionTests
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

    private const string Segments = """
        {
          "version": 1,
          "mode": "allMatches",
          "fallback": "Others",
          "segments": [
            { "name": "High", "criteria": { "kind": "compare", "field": "score", "operator": ">", "value": 5 } },
            { "name": "German", "criteria": { "kind": "in", "field": "country", "values": ["DE"] } }
          ]
        }
        """;

    // X9's score is not a number: were its cell read before it is dropped, score would be a text
    // field and "score > 5" would compare text, so the suppressed run could not equal the run without it.
    private static readonly string[] CustomerLines = [.. Enumerable.Range(1, 12).Select(i => $"C{i},{i},{(i % 3 == 0 ? "DE" : "FR")}"), "X9,n/a,DE"];

    [Fact]
    public async Task Evaluate_Suppress_CustomerInNoOutputAndOthersAsWithoutTheirRow()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,score,country\n" + string.Join('\n', CustomerLines) + "\n");
        dir.Write("without.csv", "customer_id,score,country\n" + string.Join('\n', CustomerLines.Where(l => !l.StartsWith("X9,", StringComparison.Ordinal))) + "\n");
        dir.Write("segments.json", Segments);
        dir.Write("gone.txt", "X9\n");
        string[] evaluate = ["evaluate", "--definitions", "segments.json", "--as-of", "2025-01-01"];

        var out1 = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "customers.csv", "--suppress", "gone.txt", "--out", "s.csv"]);
        var out2 = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "without.csv", "--out", "w.csv"]);
        var summary = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "customers.csv", "--suppress", "gone.txt", "--min-group-size", "0"]);
        var reference = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "without.csv", "--min-group-size", "0"]);
        var explain = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "customers.csv", "--suppress", "gone.txt", "--explain", "C6"]);
        var explainReference = await CliRun.RunAsync(dir.Path, [.. evaluate, "--customers", "without.csv", "--explain", "C6"]);

        Assert.Equal([0, 0, 0, 0, 0, 0], new[] { out1.ExitCode, out2.ExitCode, summary.ExitCode, reference.ExitCode, explain.ExitCode, explainReference.ExitCode });
        var segments = File.ReadAllText(dir.File("s.csv"));
        Assert.Equal(File.ReadAllText(dir.File("w.csv")), segments);
        Assert.Contains("C12,High;German", segments, StringComparison.Ordinal);
        Assert.Equal(reference.Out, summary.Out);
        Assert.Equal(explainReference.Out, explain.Out);
        Assert.DoesNotContain("X9", segments + summary.Out + summary.Error + explain.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ExplainASuppressedCustomer_IsAUsageErrorThatShowsNothingAboutThem()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,score,country\n" + string.Join('\n', CustomerLines) + "\n");
        dir.Write("segments.json", Segments);
        dir.Write("gone.txt", "X9\n");

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--suppress", "gone.txt", "--explain", "X9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--suppress list", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("German", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_Suppress_CustomerInNoOutputAndTheAsOfIsTheirsNoMore()
    {
        // Z has the latest visit of all: without suppression it would set the as-of date (the day after).
        string[] orders = ["A,2024-01-05,10", "A,2024-03-05,20", "B,2024-05-01,99.99", "Z,2024-05-20,7", "C,2023-01-01,5"];
        string[] visits = ["A,2024-05-30", "P,2024-06-01", "Z,2024-09-30"];
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\n" + string.Join('\n', orders) + "\n");
        dir.Write("visits.csv", "customer_id,date\n" + string.Join('\n', visits) + "\n");
        dir.Write("orders-without.csv", "customer_id,order_date,amount\n" + string.Join('\n', orders.Where(l => l[0] != 'Z')) + "\n");
        dir.Write("visits-without.csv", "customer_id,date\n" + string.Join('\n', visits.Where(l => l[0] != 'Z')) + "\n");
        dir.Write("gone.txt", "Z\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--visits", "visits.csv", "--suppress", "gone.txt", "--out", "s.csv", "--min-group-size", "0");
        var reference = await CliRun.RunAsync(dir.Path, "types", "orders-without.csv", "--visits", "visits-without.csv", "--out", "w.csv", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, reference.ExitCode);
        var types = File.ReadAllText(dir.File("s.csv"));
        Assert.Equal(File.ReadAllText(dir.File("w.csv")), types);
        Assert.DoesNotContain("\nZ,", types, StringComparison.Ordinal);
        Assert.Contains("As of 2024-06-02", run.Out, StringComparison.Ordinal);
        Assert.Equal(reference.Out, run.Out);
    }

    [Fact]
    public async Task Report_SuppressWithActivityFiles_CustomerInNoSectionOfTheReport()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows) + "\n");
        dir.Write("without.csv", "customer_id,order_date,amount\n" + string.Join('\n', Rows.Where(r => !r.StartsWith("c7,", StringComparison.Ordinal))) + "\n");
        dir.Write("visits.csv", "customer_id,date\nc7,2024-12-30\nc3,2024-06-01\n");
        dir.Write("visits-without.csv", "customer_id,date\nc3,2024-06-01\n");
        dir.Write("gone.txt", "c7\n");

        var run = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "--visits", "visits.csv", "--suppress", "gone.txt", "--out", "s.html", "--no-progress");
        var reference = await CliRun.RunAsync(dir.Path, "report", "without.csv", "--visits", "visits-without.csv", "--out", "w.html", "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, reference.ExitCode);
        var html = File.ReadAllText(dir.File("s.html"));
        Assert.DoesNotContain("\"c7\"", html, StringComparison.Ordinal);
        Assert.Equal(Normalized(File.ReadAllText(dir.File("w.html"))), Normalized(html));
        Assert.Equal(reference.Out, run.Out.Replace("tx.csv", "without.csv", StringComparison.Ordinal));
    }

    // The report names its input file; everything else must be the same bytes.
    private static string Normalized(string html) => html.Replace("tx.csv", "without.csv", StringComparison.Ordinal).Replace("visits-without.csv", "visits.csv", StringComparison.Ordinal);
}
