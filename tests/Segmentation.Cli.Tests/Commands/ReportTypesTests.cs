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

        // The ticket of 2024-06-15 is after the orders' default as-of (2024-06-02), so the report,
        // whose sections share one as-of, is given the date types takes from every file.
        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--tickets", "tickets.csv", "--reviews", "reviews.csv", "--no-progress", "-o", "report.html", "--min-group-size", "0", "--as-of", "2024-06-16");
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

    // Regression (probe item 9): the RFM sections were as of the orders' date and the customer
    // types as of the latest date of any file, so a visit dated 2030 made every customer "Lost".
    [Fact]
    public async Task Report_ActivityAfterTheRfmAsOf_IsAnInvalidRowAsInTypesWithAsOf()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders);
        dir.Write("visits.csv", "customer_id,date\nA,2030-01-01\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--visits", "visits.csv", "--no-progress", "-o", "report.html");
        var types = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--visits", "visits.csv", "--no-progress", "--as-of", "2024-06-02");

        Assert.Equal(ExitCodes.InvalidInput, report.ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, types.ExitCode);
        const string Expected = "visits.csv, line 2: 'date' is 2030-01-01, after the as-of date 2024-06-02; pass a later --as-of";
        Assert.Contains(Expected, report.Error, StringComparison.Ordinal);
        Assert.Contains(Expected, types.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("report.html")));
    }

    [Fact]
    public async Task Report_SkippedLateActivity_EverySectionIsAsOfTheRfmAsOf()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders);
        dir.Write("visits.csv", "customer_id,date\nA,2030-01-01\nB,2024-05-01\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--visits", "visits.csv", "--no-progress", "-o", "report.html", "--skip-invalid", "--min-group-size", "0");

        Assert.Equal(0, report.ExitCode);
        var html = File.ReadAllText(dir.File("report.html"));
        Assert.Contains("\"customerTypes\":{\"asOf\":\"2024-06-02\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2030-01-02", html, StringComparison.Ordinal);
        Assert.Contains("visits.csv, line 2", report.Error, StringComparison.Ordinal);
    }

    // The RFM as-of leaves out suppressed customers' rows, so their later rows are dropped before
    // the check instead of failing the run (and saying when a listed customer was active).
    [Fact]
    public async Task Report_SuppressedCustomerWithTheLatestOrder_IsNoInvalidRow()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", Orders + "X,2024-09-01,50\n");
        dir.Write("visits.csv", "customer_id,date\nX,2024-10-01\nA,2024-05-01\n");
        dir.Write("gone.txt", "X\n");

        var report = await CliRun.RunAsync(dir.Path, "report", "orders.csv", "--visits", "visits.csv", "--suppress", "gone.txt", "--no-progress", "-o", "report.html", "--min-group-size", "0");

        Assert.Equal(0, report.ExitCode);
        var html = File.ReadAllText(dir.File("report.html"));
        Assert.Contains("\"customerTypes\":{\"asOf\":\"2024-06-02\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-09-01", report.Error, StringComparison.Ordinal);
    }
}
