using System.Globalization;
using System.Text.RegularExpressions;
using Segmentation.Cli.Demo;
using Segmentation.CustomerTypes;

namespace Segmentation.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_NoInput_PrintsSummariesAndWritesOfflineReport()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("RFM segments", run.Out, StringComparison.Ordinal);
        Assert.Contains("Revenue share of the top 20% of customers", run.Out, StringComparison.Ordinal);
        Assert.Contains("Gini coefficient", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+│\s+5,000\s", run.Out);
        Assert.Equal(["segment-report.html"], dir.FileNames());
        var html = File.ReadAllText(dir.File("segment-report.html"));
        Assert.DoesNotMatch(new Regex("<script[^>]+src=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("<link[^>]+href=\"https?:", RegexOptions.IgnoreCase), html);
        Assert.Contains("Chart.js v4", html, StringComparison.Ordinal);
        Assert.Contains("\"migration\":{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SameSeed_SameSample()
    {
        using var dir = new TempDirectory();

        var first = await CliRun.RunAsync(dir.Path, "demo", "--customers", "300", "--write-sample", "a.csv", "-o", "a.html");
        var second = await CliRun.RunAsync(dir.Path, "demo", "--customers", "300", "--write-sample", "b.csv", "-o", "b.html");
        var other = await CliRun.RunAsync(dir.Path, "demo", "--customers", "300", "--seed", "7", "--write-sample", "c.csv", "-o", "c.html");

        Assert.Equal([0, 0, 0], new[] { first.ExitCode, second.ExitCode, other.ExitCode });
        Assert.Equal(File.ReadAllText(dir.File("a.csv")), File.ReadAllText(dir.File("b.csv")));
        Assert.NotEqual(File.ReadAllText(dir.File("a.csv")), File.ReadAllText(dir.File("c.csv")));
        Assert.StartsWith("customer_id,order_id,order_date,amount\n", File.ReadAllText(dir.File("a.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SampleFedToRfm_GivesTheSameSegmentsAsTheDemo()
    {
        using var dir = new TempDirectory();

        var demo = await CliRun.RunAsync(dir.Path, "demo", "--write-sample", "sample.csv");
        var rfm = await CliRun.RunAsync(dir.Path, "rfm", "sample.csv", "--as-of", "2025-01-01");

        Assert.Equal(0, demo.ExitCode);
        Assert.Equal(0, rfm.ExitCode);
        var segmentTable = demo.Out[demo.Out.IndexOf("RFM segments", StringComparison.Ordinal)..demo.Out.IndexOf("Revenue concentration", StringComparison.Ordinal)];
        Assert.Contains(segmentTable.Trim(), rfm.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CustomerTypes_TableCountsAddUpToTheProfiles()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "demo", "--customers", "400");

        Assert.Equal(0, run.ExitCode);
        var start = run.Out.IndexOf("Customer types", StringComparison.Ordinal);
        Assert.True(start >= 0, run.Out);
        var section = run.Out[start..];
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(section, @"│ ([A-Za-z ]+?)\s+│\s+([\d,]+) │\s+([\d.]+)% │"))
        {
            counts[m.Groups[1].Value] = long.Parse(m.Groups[2].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        var profiles = DemoProfiles.Build(DemoSample.Generate(400, 20240101), 20240101);
        string[] types = [CustomerTypeNames.Complaining, CustomerTypeNames.Lost, CustomerTypeNames.BrandAdvocate, CustomerTypeNames.New, CustomerTypeNames.Loyal, CustomerTypeNames.Casual, CustomerTypeNames.Potential, CustomerTypeNames.Other];
        Assert.All(types, t => Assert.True(counts.ContainsKey(t), t));
        Assert.Equal(profiles.Count, counts["Total"]);
        Assert.Equal(counts["Total"], types.Sum(t => counts[t]));
        Assert.True(profiles.Count > 400, "prospects without orders are profiles too");
        Assert.Contains(profiles, p => p.OrderCount == 0 && p.InteractionCount > 0);
    }

    [Fact]
    public async Task Process_SameSeed_SameCustomerTypesInEveryProcess()
    {
        // Each process hashes strings with its own seed, which orders the table's customer indices.
        using var dir = new TempDirectory();

        var first = await CliRun.RunProcessAsync(dir.Path, "demo", "--customers", "600", "-o", "a.html");
        var second = await CliRun.RunProcessAsync(dir.Path, "demo", "--customers", "600", "-o", "b.html");

        Assert.Equal(0, first.ExitCode);
        var types = first.Out[first.Out.IndexOf("Customer types", StringComparison.Ordinal)..first.Out.IndexOf("Wrote the report", StringComparison.Ordinal)];
        Assert.Contains(types, second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_WriteSources_FedToTypes_GivesTheDemosCustomerTypes()
    {
        using var dir = new TempDirectory();

        var demo = await CliRun.RunAsync(dir.Path, "demo", "--customers", "500", "--write-sources", "sources");
        var types = await CliRun.RunAsync(dir.Path, "types", "sources/orders.csv", "--visits", "sources/visits.csv", "--tickets", "sources/tickets.csv", "--reviews", "sources/reviews.csv", "--referrals", "sources/referrals.csv", "--nps", "sources/nps.csv", "--as-of", "2025-01-01", "--out", "types.csv");

        Assert.Equal(0, demo.ExitCode);
        Assert.Equal(0, types.ExitCode);
        Assert.Equal(["nps.csv", "orders.csv", "referrals.csv", "reviews.csv", "tickets.csv", "visits.csv"], Directory.GetFiles(dir.File("sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("customer_id,order_id,order_date,amount,promotion\n", File.ReadAllText(dir.File("sources/orders.csv")), StringComparison.Ordinal);
        var table = demo.Out[demo.Out.IndexOf("Customer types", StringComparison.Ordinal)..demo.Out.IndexOf("prospects who never did.", StringComparison.Ordinal)];
        Assert.Contains(table, types.Out, StringComparison.Ordinal);
        Assert.Contains("segment types sources/orders.csv --visits sources/visits.csv", demo.Out, StringComparison.Ordinal);

        // Every source changed somebody's type: complaints, advocates and prospects exist only through them.
        var rows = File.ReadAllLines(dir.File("types.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Contains(rows, r => r[1] == CustomerTypeNames.Complaining);
        Assert.Contains(rows, r => r[1] == CustomerTypeNames.BrandAdvocate);
        Assert.Contains(rows, r => r[1] == CustomerTypeNames.Potential && r[2] == "0");
    }

    [Fact]
    public async Task Demo_Report_HasTheCustomerTypeSectionWithTheTablesCounts()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "demo", "--customers", "300");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(dir.File("segment-report.html"));
        var lost = Regex.Match(run.Out, @"Lost\s+│\s+([\d]+) │").Groups[1].Value;
        Assert.Matches("\"customerTypes\":\\{\"asOf\":\"2025-01-01\",\"overlapping\":false,\"sources\":\\[\"orders.csv\",", html);
        Assert.Matches("\\{\"name\":\"Lost\",\"description\":\"[^\"]+\",\"suppressed\":false,\"customers\":" + lost + ",", html);
        Assert.Contains("id=\"section-customer-types\"", html, StringComparison.Ordinal);
    }
}
