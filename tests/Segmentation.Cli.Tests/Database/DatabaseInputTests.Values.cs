namespace Segmentation.Cli.Tests.Database;

/// <summary>
/// Values the mapping cannot read are input errors (exit 1) naming the column, on SQLite and
/// PostgreSQL alike, as a bad cell in a CSV file: a NULL customer id, a NULL amount (SUM would
/// skip it and count the order as 0), an amount that is not a number.
/// </summary>
public sealed partial class DatabaseInputTests
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_NullCustomerId_ExitsOneWithTheLibrarysError(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Rows(provider, dir, "text", "('C1', '2024-01-01', '10')", "(NULL, '2024-01-02', '5')", "('C2', '2024-02-01', '7')");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: Some orders have no customer id (the database grouped them under NULL).", OneLine(run.Error), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_NullAmount_ExitsOneNamingTheColumnAndTheCustomer(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Rows(provider, dir, "numeric", "('C1', '2024-01-01', 10)", "('C1', '2024-01-03', NULL)", "('C2', '2024-02-01', 7)");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders", "--out", "scores.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: could not read the orders of 'orders': an order of customer 'C1' has no amount (NULL in column 'amount'). Every order needs an amount, as in a CSV file; fill it in, or leave such orders out with --query.", Flat(run.Error));
        Assert.False(File.Exists(dir.File("scores.csv")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Report_AmountThatIsNotANumber_ExitsOneNamingTheColumnAndTheValue(string provider)
    {
        using var dir = new TempDirectory();
        using var db = Rows(provider, dir, "text", "('C1', '2024-01-01', '10')", "('C1', '2024-01-03', 'abc')", "('C2', '2024-02-01', '7')");

        var run = await CliRun.RunAsync(dir.Path, "report", "--connection", db.ConnectionString, "--table", "orders", "--out", "r.html");

        Assert.Equal(1, run.ExitCode);
        var error = Flat(run.Error);
        Assert.StartsWith("error: could not read the orders of 'orders': column 'amount' (--amount-column) has a value that is not a number: ", error, StringComparison.Ordinal);
        Assert.Contains("abc", error, StringComparison.Ordinal);
        Assert.EndsWith("Fix the value, or convert the column in --query.", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rfm_BlobAmount_ExitsOneNamingTheColumn(string provider)
    {
        using var dir = new TempDirectory();
        var blob = provider == "postgres" ? "'\\x0102'::bytea" : "x'0102'";
        using var db = Rows(provider, dir, provider == "postgres" ? "bytea" : "blob", $"('C1', '2024-01-01', {blob})", $"('C2', '2024-02-01', {blob})");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "--connection", db.ConnectionString, "--table", "orders");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: could not read the orders of 'orders': column 'amount' (--amount-column) has a value that is not a number: ", Flat(run.Error), StringComparison.Ordinal);
    }

    /// <summary>The one error, its lines (the console wraps long messages) joined with single spaces.</summary>
    private static string Flat(string error)
    {
        _ = OneLine(error);
        return System.Text.RegularExpressions.Regex.Replace(error[error.IndexOf("error:", StringComparison.Ordinal)..], @"\s+", " ").Trim();
    }

    /// <summary>A table <c>orders (customer_id text, order_date text, amount {amountType})</c> with the given rows.</summary>
    private static TestDatabases Rows(string provider, TempDirectory dir, string amountType, params string[] rows)
    {
        var db = TestDatabases.Create(provider, dir);
        db.Execute(dir, $"CREATE TABLE orders (customer_id text, order_date text, amount {amountType})", "INSERT INTO orders VALUES " + string.Join(", ", rows));
        return db;
    }
}
