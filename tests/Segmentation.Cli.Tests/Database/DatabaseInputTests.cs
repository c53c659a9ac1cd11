using System.Globalization;
using System.Text;
using Npgsql;

namespace Segmentation.Cli.Tests.Database;

/// <summary>
/// <c>--connection</c>: the same rows in a CSV and in a table (SQLite, and PostgreSQL from
/// SEGMENT_POSTGRES) give byte-identical outputs; errors are one line, without the password, and
/// names from the command line cannot inject SQL.
/// </summary>
public sealed partial class DatabaseInputTests
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_FromTable_WritesTheSameScoresAsFromTheCsv(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);

        foreach (var options in new[] { new[] { "--as-of", "2025-01-01" }, ["--method", "ntile", "--bins", "4"] })
        {
            var fromCsv = await CliRun.RunAsync(dir.Path, ["rfm", "orders", "--out", "csv.csv", .. options]);
            var fromDb = await CliRun.RunAsync(dir.Path, ["rfm", "--connection", db.ConnectionString, "--table", "orders", "--out", "db.csv", .. options]);

            Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
            Assert.True(fromDb.ExitCode == 0, fromDb.Error);
            Assert.Equal(File.ReadAllBytes(dir.File("csv.csv")), File.ReadAllBytes(dir.File("db.csv")));
        }

        Assert.Contains("in the database (orders)", (await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders")).Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Report_FromTableWithPreviousAsOf_WritesTheSameReportAsFromTheCsv(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);

        var fromCsv = await CliRun.RunAsync(dir.Path, "report", "orders", "--out", "csv.html", "--previous-as-of", "2024-09-01", "--no-progress");
        var fromDb = await CliRun.RunAsync(dir.Path, "report", "--connection", db.ConnectionString, "--table", "orders", "--out", "db.html", "--previous-as-of", "2024-09-01");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.True(fromDb.ExitCode == 0, fromDb.Error);
        Assert.Equal(File.ReadAllBytes(dir.File("csv.html")), File.ReadAllBytes(dir.File("db.html")));
        Assert.Equal(fromCsv.Out, fromDb.Out);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_FromQueryWithRenamedColumns_WritesTheSameScoresAsFromTheCsv(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);
        dir.Write("renamed", Csv(OrderRows()).Replace("customer_id,order_date,amount,order_id", "client,day,total,ticket", StringComparison.Ordinal));
        string[] columns = ["--customer-column", "client", "--date-column", "day", "--amount-column", "total", "--order-column", "ticket", "--as-of", "2025-01-01"];

        var fromCsv = await CliRun.RunAsync(dir.Path, ["rfm", "renamed", "--out", "csv.csv", .. columns]);
        var fromDb = await CliRun.RunAsync(dir.Path, ["rfm", "--connection", db.ConnectionString, "--query", "SELECT customer_id AS client, order_date AS day, amount AS total, order_id AS ticket FROM orders WHERE amount IS NOT NULL;", "--out", "db.csv", .. columns]);

        Assert.True(fromDb.ExitCode == 0, fromDb.Error);
        Assert.Equal(File.ReadAllBytes(dir.File("csv.csv")), File.ReadAllBytes(dir.File("db.csv")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Evaluate_FromTable_WritesTheSameSegmentsAsFromTheCsv(string provider)
    {
        using var dir = new TempDirectory();
        using var db = TestDatabases.Create(provider, dir);
        var postgres = provider == "postgres";
        db.Execute(
            dir,
            $"CREATE TABLE customers (customer_id {(postgres ? "bigint" : "INTEGER")}, total_spend {(postgres ? "numeric(12,2)" : "REAL")}, is_member {(postgres ? "boolean" : "TEXT")}, country text, signup {(postgres ? "date" : "TEXT")}, last_seen {(postgres ? "timestamptz" : "TEXT")})",
            "INSERT INTO customers VALUES "
            + $"(1001, 1500.25, {Flag(postgres, true)}, 'DE', '2024-01-05', '2024-12-20T10:00:00Z'), "
            + $"(1002, 200, {Flag(postgres, false)}, 'FR', '2023-06-01', NULL), "
            + $"(1003, NULL, {Flag(postgres, true)}, 'DE', NULL, '2024-06-01T08:30:00Z'), "
            + $"(1004, 5000.5, {Flag(postgres, false)}, 'US', '2024-11-30', '2024-12-30T23:00:00Z')");
        dir.Write("customers.csv", postgres
            ? "customer_id,total_spend,is_member,country,signup,last_seen\n1001,1500.25,true,DE,2024-01-05,2024-12-20T10:00:00Z\n1002,200.00,false,FR,2023-06-01,\n1003,,true,DE,,2024-06-01T08:30:00Z\n1004,5000.50,false,US,2024-11-30,2024-12-30T23:00:00Z\n"
            : "customer_id,total_spend,is_member,country,signup,last_seen\n1001,1500.25,true,DE,2024-01-05,2024-12-20T10:00:00Z\n1002,200,false,FR,2023-06-01,\n1003,,true,DE,,2024-06-01T08:30:00Z\n1004,5000.5,false,US,2024-11-30,2024-12-30T23:00:00Z\n");
        dir.Write("segments.json", """
            {
              "version": 1,
              "mode": "allMatches",
              "fallback": "Others",
              "segments": [
                { "name": "VIP", "criteria": { "kind": "compare", "field": "total_spend", "operator": ">", "value": 1000 } },
                { "name": "Members", "criteria": { "kind": "compare", "field": "is_member", "operator": "=", "value": true } },
                { "name": "Early", "criteria": { "kind": "compare", "field": "signup", "operator": "<", "value": "2024-01-01" } },
                { "name": "Seen lately", "criteria": { "kind": "time", "field": "last_seen", "last": 30, "unit": "days" } }
              ]
            }
            """);

        var fromCsv = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv", "--as-of", "2025-01-01", "--out", "csv.csv");
        var fromDb = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--connection", db.ConnectionString, "--table", "customers", "--as-of", "2025-01-01", "--out", "db.csv");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Error);
        Assert.True(fromDb.ExitCode == 0, fromDb.Error);
        Assert.Equal("customer_id,segments\n1001,VIP;Members;Seen lately\n1002,Early\n1003,Members\n1004,VIP;Seen lately\n", File.ReadAllText(dir.File("csv.csv")));
        Assert.Equal(File.ReadAllBytes(dir.File("csv.csv")), File.ReadAllBytes(dir.File("db.csv")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_MissingColumn_ExitsOneWithOneLineNamingTheColumnAndTheOption(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders", "--amount-column", "Amount");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: The table 'orders' has no column 'Amount' (it has customer_id, order_date, amount, order_id); did you mean 'amount'? Column names are case-sensitive; pass --amount-column amount.", OneLine(run.Error));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_TableNameWithSqlInIt_IsAnIdentifierNotSql(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Orders(provider, dir);

        var table = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders\"; DROP TABLE orders; --");
        var column = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders", "--customer-column", "customer_id\" FROM orders; DROP TABLE orders; --");

        Assert.Equal(2, table.ExitCode);
        Assert.StartsWith("error: could not read the table 'orders\"; DROP TABLE orders; --'", OneLine(table.Error), StringComparison.Ordinal);
        Assert.Equal(1, column.ExitCode);
        Assert.Contains("has no column 'customer_id\" FROM orders; DROP TABLE orders; --'", OneLine(column.Error), StringComparison.Ordinal);
        Assert.Equal(OrderRows().Count, db.Count(dir, "orders"));
    }

    [Fact]
    public async Task Rfm_SqliteDateThatIsNotADate_ExitsOneWithOneLine()
    {
        using var dir = new TempDirectory();
        using var db = TestDatabases.Create("sqlite", dir);
        db.Execute(dir, "CREATE TABLE orders (customer_id TEXT, order_date TEXT, amount REAL)", "INSERT INTO orders VALUES ('C1', 'yesterday', 10.5)");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: could not read the orders of 'orders': ", OneLine(run.Error), StringComparison.Ordinal);
        Assert.Contains("Check the columns' types", OneLine(run.Error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_PostgresUnreachable_ExitsTwoWithOneLineWithoutThePassword()
    {
        using var dir = new TempDirectory();
        const string Password = "Sup3r-s3cret;pw";

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", $"Host=127.0.0.1;Port=1;Database=shop;Username=crm;Password='{Password}';Timeout=3", "--table", "orders");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: could not connect to the PostgreSQL database 127.0.0.1:1/shop as crm: ", OneLine(run.Error), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_PostgresPasswordAndAFailingRead_ExitsTwoWithoutThePassword()
    {
        using var dir = new TempDirectory();
        using var db = TestDatabases.Create("postgres", dir);
        const string Password = "wr0ng-Passw0rd";
        var connection = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = Password }.ConnectionString;

        var run = await CliRun.RunAsync(dir.Path, "report", "--connection", connection, "--table", "orders", "--out", "r.html");

        Assert.Equal(2, run.ExitCode);
        // The test server may trust local logins (then the missing table fails the run): either way one line, no password.
        Assert.Matches("^error: could not (connect to the PostgreSQL database|read the table 'orders') ", OneLine(run.Error));
        Assert.DoesNotContain(Password, run.Error + run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("r.html")));
    }

    [Fact]
    public async Task Rfm_SqliteFileMissing_ExitsTwoAndCreatesNoDatabase()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", "Data Source=missing.db", "--table", "orders");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: could not connect to the SQLite database", OneLine(run.Error), StringComparison.Ordinal);
        Assert.Empty(dir.FileNames());
    }

    [Theory]
    [InlineData("Foo=bar", "does not say whether it is for PostgreSQL or SQLite; pass --provider postgres or --provider sqlite.")]
    [InlineData("not a connection string", "--connection is not a connection string of the form Key=Value")]
    public async Task Rfm_UnclearConnectionString_IsAUsageError(string connection, string message)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", connection, "--table", "orders");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, OneLine(run.Error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "rfm", "tx.csv", "--connection", "Data Source=a.db", "--table", "t" }, "Pass either a CSV file or --connection, not both.")]
    [InlineData(new[] { "rfm", "--connection", "Data Source=a.db" }, "With --connection, pass --table <NAME> or --query <SQL> (one of them).")]
    [InlineData(new[] { "rfm", "--table", "t" }, "--provider, --table and --query read from a database: pass --connection too.")]
    [InlineData(new[] { "rfm", "--connection", "Data Source=a.db", "--table", "t", "--skip-invalid" }, "--skip-invalid read CSV files")]
    [InlineData(new[] { "rfm", "--connection", "Data Source=a.db", "--table", "t", "--provider", "oracle" }, "--provider 'oracle' is unknown; use postgres or sqlite.")]
    [InlineData(new[] { "predict", "--connection", "Data Source=a.db", "--table", "t" }, "segment predict reads a CSV file")]
    public async Task Options_Misused_AreUsageErrors(string[] args, string message)
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, OneLine(run.Error), StringComparison.Ordinal);
    }

    private static string Flag(bool postgres, bool value) => postgres ? (value ? "true" : "false") : (value ? "'true'" : "'false'");

    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        return errors[0].TrimEnd();
    }

    /// <summary>The same order lines as a CSV file named <c>orders</c> (so the report names its source alike) and as a table.</summary>
    private static TestDatabases Orders(string provider, TempDirectory dir)
    {
        var db = TestDatabases.Create(provider, dir);
        var rows = OrderRows();
        dir.Write("orders", Csv(rows));
        var postgres = provider == "postgres";
        db.Execute(
            dir,
            $"CREATE TABLE orders (customer_id {(postgres ? "bigint" : "TEXT")}, order_date {(postgres ? "date" : "TEXT")}, amount {(postgres ? "numeric(12,2)" : "REAL")}, order_id text)",
            "INSERT INTO orders VALUES " + string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"({(postgres ? r.Customer : $"'{r.Customer}'")}, '{r.Date:yyyy-MM-dd}', {r.Amount}, '{r.Order}')"))));
        return db;
    }

    private static string Csv(List<(int Customer, DateOnly Date, decimal Amount, string Order)> rows)
    {
        var csv = new StringBuilder("customer_id,order_date,amount,order_id\n");
        foreach (var (customer, date, amount, order) in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{customer},{date:yyyy-MM-dd},{amount},{order}\n");
        }

        return csv.ToString();
    }

    /// <summary>240 lines of 40 customers: two lines per order, a return now and then, amounts with cents.</summary>
    private static List<(int Customer, DateOnly Date, decimal Amount, string Order)> OrderRows() =>
        [.. Enumerable.Range(0, 240).Select(i =>
        {
            var order = i / 2;
            var customer = 1001 + (order * 7 % 40);
            var date = new DateOnly(2024, 1, 1).AddDays(order * 53 % 365);
            var amount = (i * 7919 % 20000 + 1) / 100m * (i % 23 == 0 ? -1 : 1);
            return (customer, date, amount, "O" + order.ToString(CultureInfo.InvariantCulture));
        })];
}
