using System.Text.Json;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>The notes on empty scores and segments, and the run's facts, obey the small-cell rule too.</summary>
public sealed partial class SmallCellOptionTests
{
    private const string Seven = "customer_id,order_date,amount\n" +
        "K1,2024-01-01,10\nK2,2024-02-01,20\nK3,2024-03-01,30\nK4,2024-04-01,40\nK5,2024-05-01,50\nK6,2024-06-01,60\nK7,2024-07-01,70\n" +
        "K1,2024-07-15,5\nK2,2024-07-15,5\n";

    private const string Three = "customer_id,order_date,amount\nA,2024-01-01,10\nB,2024-02-01,20\nC,2024-05-01,15\n";

    [Fact]
    public async Task Rfm_SevenCustomers_NotesStateNoCountOfAHiddenBand()
    {
        using var dir = new TempDirectory();
        dir.Write("seven.csv", Seven);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "seven.csv", "--no-progress");
        var open = await CliRun.RunAsync(dir.Path, "rfm", "seven.csv", "--no-progress", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        string[] leaks = ["the 3 customers with R 1–2", "the 2 customers with R 3–4", "the 5 customers with F 1", "up to 1.8"];
        var shown = open.Out.ReplaceLineEndings(" ");
        var hidden = run.Out.ReplaceLineEndings(" ");
        Assert.All(leaks, leak => Assert.Contains(leak, shown, StringComparison.Ordinal));
        Assert.All(leaks, leak => Assert.DoesNotContain(leak, hidden, StringComparison.Ordinal));
        Assert.Matches(@"Customers\s+7\b", run.Out);
    }

    [Fact]
    public async Task Rfm_ThreeCustomers_NoCustomerCountAndNoCutPoint()
    {
        using var dir = new TempDirectory();
        dir.Write("three.csv", Three);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "three.csv", "--no-progress");
        var open = await CliRun.RunAsync(dir.Path, "rfm", "three.csv", "--no-progress", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"Customers\s+3\b", open.Out);
        Assert.Matches(@"Transactions\s+3\b", open.Out);
        Assert.Contains("above 97.2, up to 109.6", open.Out.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Matches(@"Customers\s+<5", run.Out);
        Assert.Matches(@"Transactions\s+-", run.Out);
        Assert.DoesNotMatch(@"(Customers|Transactions)\s+3\b", run.Out);
        Assert.DoesNotContain("97.2", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("above 12", run.Out, StringComparison.Ordinal);
        Assert.Contains("not explained: the run has fewer than 5 customers", run.Out.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ThreeCustomers_PageDataHasNoCountNoCutPointAndNoEmptyBand()
    {
        using var dir = new TempDirectory();
        dir.Write("three.csv", Three);

        var run = await CliRun.RunAsync(dir.Path, "report", "three.csv", "-o", "r.html", "--no-progress");
        var open = await CliRun.RunAsync(dir.Path, "report", "three.csv", "-o", "open.html", "--no-progress", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        using var shown = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("open.html"))).Groups[1].Value);
        Assert.Equal(3, shown.RootElement.GetProperty("transactions").GetInt64());
        Assert.Contains(shown.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("above 97.2, up to 109.6", StringComparison.Ordinal));

        using var data = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("r.html"))).Groups[1].Value);
        var root = data.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("customers").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("transactions").ValueKind);
        var notes = root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Single(notes);
        Assert.DoesNotContain(notes, n => n.Contains("97.2", StringComparison.Ordinal) || n.Contains("above 12", StringComparison.Ordinal));
        var distributions = root.GetProperty("distributions");
        Assert.All(
            new[] { "recency", "frequency", "monetary" }.SelectMany(d => distributions.GetProperty(d).EnumerateArray()),
            b => Assert.True(b.GetProperty("isSuppressed").GetBoolean()));
        Assert.All(distributions.GetProperty("orderCountsSuppressed").EnumerateArray(), s => Assert.True(s.GetBoolean()));
    }

    [Fact]
    public async Task Report_ThreeCustomersWithAnEarlierSnapshot_MigrationShowsNoCell()
    {
        using var dir = new TempDirectory();
        dir.Write("three.csv", Three);

        var run = await CliRun.RunAsync(dir.Path, "report", "three.csv", "--previous-as-of", "2024-03-01", "-o", "r.html", "--no-progress");
        var open = await CliRun.RunAsync(dir.Path, "report", "three.csv", "--previous-as-of", "2024-03-01", "-o", "open.html", "--no-progress", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        using var shown = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("open.html"))).Groups[1].Value);
        Assert.Equal(3, shown.RootElement.GetProperty("migration").GetProperty("matrix").EnumerateArray().SelectMany(r => r.EnumerateArray()).Sum(c => c.GetInt64()));

        // Nonempty cells hidden between shown zeros would say where each of the three moved.
        using var data = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("r.html"))).Groups[1].Value);
        Assert.All(
            data.RootElement.GetProperty("migration").GetProperty("matrix").EnumerateArray().SelectMany(r => r.EnumerateArray()),
            c => Assert.Equal(JsonValueKind.Null, c.ValueKind));
    }
}
