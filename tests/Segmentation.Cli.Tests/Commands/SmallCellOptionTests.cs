using System.Text.Json;
using System.Text.RegularExpressions;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>--min-group-size: small groups are suppressed by default in every summary and in the report.</summary>
public sealed partial class SmallCellOptionTests
{
    // 40 customers: c0..c29 buy often and much, c30..c37 rarely, c38 and c39 once, long ago.
    private static readonly string Transactions = "customer_id,order_date,amount\n" + string.Concat(
        Enumerable.Range(0, 30).SelectMany(i => Enumerable.Range(1, 1 + (i % 4)).Select(k => $"c{i},2024-0{1 + k}-1{i % 9},{10 + i + k}\n"))
            .Concat(Enumerable.Range(30, 8).Select(i => $"c{i},2023-0{1 + (i % 8)}-05,{3 + i}\n"))
            .Concat(["c38,2021-01-01,9999.99\n", "c39,2021-02-01,8888.88\n"]));

    [Fact]
    public async Task Rfm_Default_SummaryShowsNoGroupBelowFiveAndSaysSuppressionIsNotAnonymisation()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--as-of", "2024-06-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<5", run.Out, StringComparison.Ordinal);
        Assert.Contains("not anonymisation", run.Out.ReplaceLineEndings(" "), StringComparison.Ordinal);
        foreach (Match row in SummaryRowRegex().Matches(run.Out))
        {
            var customers = int.Parse(row.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(customers == 0 || customers >= 5, $"a printed segment has {customers} customers: {row.Value}");
        }
    }

    [Fact]
    public async Task Report_Default_PageDataHasNoFiguresForSuppressedGroups()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var run = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "--as-of", "2024-06-01", "-o", "r.html");

        Assert.Equal(0, run.ExitCode);
        using var data = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("r.html"))).Groups[1].Value);
        var root = data.RootElement;
        Assert.Equal(5, root.GetProperty("privacy").GetProperty("minGroupSize").GetInt32());
        var segments = root.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Contains(segments, s => s.GetProperty("suppressed").GetBoolean());
        Assert.All(segments, s =>
        {
            var customers = s.GetProperty("customers");
            if (s.GetProperty("suppressed").GetBoolean())
            {
                Assert.Equal(JsonValueKind.Null, customers.ValueKind);
                Assert.Equal(JsonValueKind.Null, s.GetProperty("revenue").ValueKind);
            }
            else
            {
                Assert.True(customers.GetInt64() is 0 or >= 5);
            }
        });
        Assert.All(root.GetProperty("heatmap").GetProperty("cells").EnumerateArray(), c =>
            Assert.True(c.GetProperty("suppressed").GetBoolean() ? c.GetProperty("count").GetInt64() == 0 : c.GetProperty("count").GetInt64() is 0 or >= 5));
        Assert.Empty(root.GetProperty("distributions").GetProperty("recencyMonetary").EnumerateArray());

        // The two big one-time spenders: their sums are nowhere on the page.
        Assert.DoesNotContain("9999.99", File.ReadAllText(dir.File("r.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_Default_SmallPopulationShowsNoCount()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,country\nC1,DE\nC2,DE\nC3,FR\n");
        dir.Write("segments.json", """{ "version": 1, "mode": "firstMatch", "fallback": "Others", "segments": [ { "name": "German", "criteria": { "kind": "in", "field": "country", "values": ["DE"] } } ] }""");

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotMatch(@"German\s+│\s+2 ", run.Out);
        Assert.Matches(@"German\s+│\s+<5 ", run.Out);
        Assert.Matches(@"Customers\s+│\s+<5 ", run.Out);
    }

    [Fact]
    public async Task Rfm_NegativeMinGroupSize_IsAUsageError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Transactions);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--min-group-size", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--min-group-size -1 is negative", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^│ (?:Champions|Loyal customers|Potential loyalists|New customers|Promising|Need attention|About to sleep|At risk|Can't lose them|Hibernating|Lost)\s+│\s+([\d,]+) │", RegexOptions.Multiline)]
    private static partial Regex SummaryRowRegex();

    [GeneratedRegex("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataRegex();
}
