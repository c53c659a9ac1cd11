using System.Globalization;

namespace Segmentation.Cli.Tests.Database;

/// <summary><c>--suppress</c> with <c>--connection</c>: the listed customers are left out in the database, before the grouping.</summary>
public sealed partial class DatabaseInputTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_FromTableWithSuppress_WritesTheScoresOfTheCsvWithoutTheListedCustomers(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);
        // The customer of the latest order: left in, it would set the default as-of date.
        var rows = OrderRows();
        var latest = rows.MaxBy(r => r.Date).Customer.ToString(CultureInfo.InvariantCulture);
        dir.Write("gone.txt", $"customer_id\n{latest}\n1002\n");
        dir.Write("kept-orders", Csv([.. rows.Where(r => r.Customer.ToString(CultureInfo.InvariantCulture) != latest && r.Customer != 1002)]));

        var fromCsv = await CliRun.RunAsync(dir.Path, "rfm", "kept-orders", "--out", "csv.csv", "--report", "csv.html");
        var fromDb = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders", "--suppress", "gone.txt", "--out", "db.csv", "--report", "db.html");
        var summary = await CliRun.RunAsync(dir.Path, "report", "--connection", db.ConnectionString, "--table", "orders", "--suppress", "gone.txt", "--out", "db-report.html");
        var summaryCsv = await CliRun.RunAsync(dir.Path, "report", "kept-orders", "--out", "csv-report.html", "--no-progress");

        Assert.True(fromDb.ExitCode == 0, fromDb.Error);
        Assert.True(summary.ExitCode == 0, summary.Error);
        var scores = File.ReadAllText(dir.File("db.csv"));
        Assert.DoesNotContain("\n" + latest + ",", scores, StringComparison.Ordinal);
        Assert.DoesNotContain("\n1002,", scores, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("csv.csv")), scores);
        Assert.Equal(File.ReadAllText(dir.File("csv-report.html")).Replace("kept-orders", "orders", StringComparison.Ordinal), File.ReadAllText(dir.File("db-report.html")));
        Assert.Equal(summaryCsv.Out, summary.Out);
        Assert.DoesNotContain($"\"{latest}\"", File.ReadAllText(dir.File("db.html")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Evaluate_FromTableWithSuppress_WritesTheSegmentsOfTheOtherCustomers(string provider)
    {
        using var dir = new TempDirectory();
        using var db = TestDatabases.Create(provider, dir);
        var postgres = provider == "postgres";
        db.Execute(
            dir,
            $"CREATE TABLE customers (customer_id {(postgres ? "bigint" : "INTEGER")}, total_spend {(postgres ? "numeric(12,2)" : "REAL")}, country text)",
            "INSERT INTO customers VALUES (1001, 1500.25, 'DE'), (1002, 200, 'FR'), (1003, NULL, 'DE'), (1004, 5000.5, 'US')");
        dir.Write("segments.json", """
            {
              "version": 1,
              "mode": "allMatches",
              "fallback": "Others",
              "segments": [
                { "name": "VIP", "criteria": { "kind": "compare", "field": "total_spend", "operator": ">", "value": 1000 } },
                { "name": "German", "criteria": { "kind": "in", "field": "country", "values": ["DE"] } }
              ]
            }
            """);
        dir.Write("gone.txt", "1004\n1003\n");

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--connection", db.ConnectionString, "--table", "customers", "--suppress", "gone.txt", "--out", "db.csv");
        var summary = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--connection", db.ConnectionString, "--table", "customers", "--suppress", "gone.txt", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("customer_id,segments\n1001,VIP;German\n1002,Others\n", File.ReadAllText(dir.File("db.csv")));
        Assert.Matches(@"VIP\s+│\s+1 │", summary.Out);
        Assert.Matches(@"German\s+│\s+1 │", summary.Out);
        Assert.Matches(@"Customers\s+│\s+2 │", summary.Out);
    }
}
