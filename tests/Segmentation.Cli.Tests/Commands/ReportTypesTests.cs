using System.Text.RegularExpressions;

namespace Segmentation.Cli.Tests.Commands;

public sealed class ReportTypesTests
{
    private const string Orders = "customer_id,order_date,amount\nA,2024-01-05,10\nA,2024-03-05,20\nB,2024-06-01,99.99\nC,2023-01-01,5\n";

    [Fact]
    public async Task Report_WithActivityFiles_HasTheCustomerTypeSectionWithTheCountsOfSegmentTypes()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders);
        dir.Write("tickets.csv", "customer_id,date,complaint,open\nB,2024-06-15,true,false\nT,2024-06-01,false,true\n");
        dir.Write("reviews.csv", "customer_id,date,stars\nA,2024-05-01,5\nA,2024-05-02,4\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--tickets", "tickets.csv", "--reviews", "reviews.csv", "--no-progress", "-o", "report.html", "--min-group-size", "0");
        var types = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--tickets", "tickets.csv", "--reviews", "reviews.csv", "--no-progress", "--out", "types.csv", "--min-group-size", "0");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(0, types.ExitCode);
        var html = File.ReadAllText(dir.File("report.html"));
        Assert.Contains("\"customerTypes\":{\"asOf\":\"2024-06-16\",\"overlapping\":false,\"sources\":[\"orders.csv\",\"tickets.csv\",\"reviews.csv\"],\"people\":4,\"prospects\":1,\"types\":[", html, StringComparison.Ordinal);
        var perType = File.ReadAllLines(dir.File("types.csv")).Skip(1).GroupBy(l => l.Split(',')[1]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(2, perType["Complaining"]);
        foreach (var (type, count) in perType)
        {
            Assert.Matches("\\{\"name\":\"" + Regex.Escape(type) + "\",\"description\":\"[^\"]+\",\"suppressed\":false,\"customers\":" + count + ",", html);
        }

        Assert.Contains("Customer types (exclusive, by priority)", report.Out, StringComparison.Ordinal);
        Assert.Contains("<section class=\"card wide\" id=\"section-customer-types\" hidden>", html, StringComparison.Ordinal);
        Assert.Contains("Report.section('customer-types'", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_SmallTypes_AreSuppressedByDefault_InTheSectionAndTheSummary()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"c{i},2024-06-01,5\n")));
        dir.Write("tickets.csv", "customer_id,date,complaint,open\nc1,2024-06-02,true,true\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--tickets", "tickets.csv", "--no-progress", "-o", "report.html");

        Assert.Equal(0, report.ExitCode);
        var html = File.ReadAllText(dir.File("report.html"));
        Assert.Contains("{\"name\":\"Complaining\",\"description\":\"An open ticket, or a complaint in the last 60 days.\",\"suppressed\":true,\"customers\":null,\"share\":null}", html, StringComparison.Ordinal);
        Assert.Matches(@"Complaining\s+│\s+<5 │", report.Out);
    }

    [Fact]
    public async Task Report_OrdersOnly_HasNoCustomerTypeData_SoTheSectionStaysHidden()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders);

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--no-progress", "-o", "report.html");

        Assert.Equal(0, report.ExitCode);
        var html = File.ReadAllText(dir.File("report.html"));
        Assert.Contains("\"customerTypes\":null", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer types (", report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadActivityRow_StopsWithItsFileAndLineAndWritesNoReport()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders);
        dir.Write("nps.csv", "customer_id,date,score\nA,2024-01-01,7\nB,2024-01-02,ten\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--nps", "nps.csv", "--no-progress", "-o", "report.html");

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("error: nps.csv, line 3: 'score' is 'ten', not a whole number from 0 to 10.", report.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("report.html")));
    }
}
