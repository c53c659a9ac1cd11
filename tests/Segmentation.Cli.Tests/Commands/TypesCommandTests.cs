namespace Segmentation.Cli.Tests.Commands;

public sealed class TypesCommandTests
{
    private const string Header = "customer_id,types,order_count,revenue,promotion_order_share,days_since_first_order,days_since_last_order,rhythm_ratio,interaction_count,days_since_last_interaction,open_ticket_count,complaint_count,days_since_last_complaint,referral_count,positive_review_count,nps_score\n";

    private static readonly string[] Orders =
    [
        "A,o1,2024-01-05,10.50,false",
        "A,o1,2024-01-05,4.50,true",
        "A,o2,2024-03-05,20,",
        "B,o3,2024-06-01,99.99,no",
        "\"C, Ltd\",o4,2023-01-01,5,yes",
    ];

    [Fact]
    public async Task Types_AllSources_JoinsByIdAndWritesTypesWithTheirFigures()
    {
        using var dir = new TempDirectory();
        WriteSources(dir, reverse: false);

        var run = await CliRun.RunAsync(dir.Path, [.. AllSources, "--out", "types.csv", "--min-group-size", "0"]); // five people: every count would be suppressed

        Assert.Equal(0, run.ExitCode);

        // As of 2024-06-21, the day after the latest date of any file (P's visit). A: order o1 is two
        // lines (15, one with a promotion) and o2 (20): 2 orders, share 0.5, a 60-day rhythm, 108 days
        // since -> ratio 1.8, not lost; 2 positive reviews make a brand advocate. B: a complaint 6 days
        // ago. C: one order 537 days ago (lost before advocate). P and T never ordered: P visited
        // yesterday (potential), T has an open ticket only (complaining).
        Assert.Equal(
            Header +
            "A,Brand advocate,2,35,0.5,168,108,1.8,1,11,0,0,,0,2,\n" +
            "B,Complaining,1,99.99,0,20,20,,0,,0,1,6,0,0,\n" +
            "\"C, Ltd\",Lost,1,5,1,537,537,,0,,0,0,,1,0,10\n" +
            "P,Potential,0,0,,,,,1,1,0,0,,0,0,\n" +
            "T,Complaining,0,0,,,,,0,,1,0,,0,0,\n",
            File.ReadAllText(dir.File("types.csv")));
        Assert.Contains("As of 2024-06-21", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Complaining\s+│\s+2 │\s+40\.0% │", run.Out);
        Assert.Matches(@"Total\s+│\s+5 │", run.Out);
        Assert.Contains("5 people: 3 customers who ordered and 2 prospects who never did.", run.Out, StringComparison.Ordinal);
        Assert.Contains("Read 2 rows of tickets.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_Overlapping_GivesEveryTypeThatApplies()
    {
        using var dir = new TempDirectory();
        WriteSources(dir, reverse: false);

        var run = await CliRun.RunAsync(dir.Path, [.. AllSources, "--overlapping", "--out", "types.csv", "--min-group-size", "0"]);

        Assert.Equal(0, run.ExitCode);
        var types = File.ReadAllLines(dir.File("types.csv")).Skip(1).Select(l => l.Split(',')).Select(f => f[0] == "\"C" ? f[2] : f[1]).ToArray();
        Assert.Equal(["Brand advocate;Casual", "Complaining;New;Casual", "Lost;Brand advocate;Casual", "Potential", "Complaining"], types);
        Assert.Contains("overlapping", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"Casual\s+│\s+3 │\s+60\.0% │", run.Out);
        Assert.Matches(@"\(no type\)\s+│\s+0 │", run.Out);
        Assert.Matches(@"Customers\s+│\s+5 │", run.Out);
    }

    [Fact]
    public async Task Types_RowsInAnotherOrder_WriteTheSameBytes()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        WriteSources(first, reverse: false);
        WriteSources(second, reverse: true);

        var a = await CliRun.RunAsync(first.Path, [.. AllSources, "--out", "types.csv"]);
        var b = await CliRun.RunAsync(second.Path, [.. AllSources, "--out", "types.csv"]);

        Assert.Equal([0, 0], new[] { a.ExitCode, b.ExitCode });
        Assert.Equal(File.ReadAllBytes(first.File("types.csv")), File.ReadAllBytes(second.File("types.csv")));
    }

    [Fact]
    public async Task Types_OrdersOnly_AsOfGiven_RowsAfterItAreInvalidAsInRfm()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\nB,2024-02-01,5\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--as-of", "2024-01-15", "--out", "types.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("orders.csv, line 3: 'order_date' is 2024-02-01, after the as-of date 2024-01-15", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_OutDash_WritesCsvToStandardOutputAndTheSummaryToStandardError()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n");

        var run = await CliRun.RunProcessAsync(dir.Path, "types", "orders.csv", "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Header + "A,New,1,5,0,1,1,,0,,0,0,,0,0,\n", run.Out);
        Assert.Contains("Customer types (exclusive, by priority)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orders.csv", null, "customer_id,order_date,amount\nA,2024-01-01,5\nA,2024-01-02,5,5\n", "orders.csv, line 3: the row has 4 fields but the header has 3")]
    [InlineData("orders.csv", null, "customer_id,order_date,amount\nA,2024-01-01,12;5\n", "orders.csv, line 2: 'amount' is '12;5', not a number in invariant culture")]
    [InlineData("orders.csv", null, "customer_id,order_date,amount,promotion\nA,2024-01-01,5,maybe\n", "orders.csv, line 2: 'promotion' is 'maybe', not true or false")]
    [InlineData("visits.csv", "--visits", "customer_id,date\nA,2024-01-01\nA,01/02/2024\n", "visits.csv, line 3: 'date' is '01/02/2024', which could be day-first or month-first")]
    [InlineData("tickets.csv", "--tickets", "customer_id,date,complaint,open\nA,2024-01-01,true,perhaps\n", "tickets.csv, line 2: 'open' is 'perhaps', not true or false")]
    [InlineData("tickets.csv", "--tickets", "customer_id,date,complaint\nA,2024-01-01,true\n", "tickets.csv, line 1: the header has no column 'open' (found: customer_id, date, complaint). Rename the column to 'open'.")]
    [InlineData("reviews.csv", "--reviews", "customer_id,date,stars\n\"A\nB\",2024-01-01,5\nA,2024-01-01,6\n", "reviews.csv, line 4: 'stars' is '6', not a whole number from 1 to 5.")]
    [InlineData("referrals.csv", "--referrals", "customer_id,date\n ,2024-01-01\n", "referrals.csv, line 2: 'customer_id' is empty; every referral needs a customer id.")]
    [InlineData("nps.csv", "--nps", "customer_id,date,score\nA,2024-01-01,11\n", "nps.csv, line 2: 'score' is '11', not a whole number from 0 to 10.")]
    [InlineData("nps.csv", "--nps", "customer_id,date,score,date\nA,2024-01-01,7,2024-01-01\n", "nps.csv, line 1: the header names 'date' twice (columns 2 and 4)")]
    public async Task Types_BadRowInAnySource_StopsWithItsFileAndLine(string file, string? option, string content, string expected)
    {
        using var dir = new TempDirectory();
        dir.Write("good-orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n");
        dir.Write(file, content);
        string[] args = option is null ? ["types", file] : ["types", "good-orders.csv", option, file];

        var run = await CliRun.RunAsync(dir.Path, [.. args, "--out", "types.csv"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: " + expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("types.csv")));
    }

    [Fact]
    public async Task Types_SkipInvalid_SkipsBadRowsOfEverySourceAndNamesTheirFiles()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\nB,2024-01-01,x\n");
        dir.Write("reviews.csv", "customer_id,date,stars\nA,2024-01-02,0\nA,2024-01-02,5\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--reviews", "reviews.csv", "--skip-invalid", "--out", "types.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Skipped 2 invalid row(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("orders.csv, line 3: 'amount' is 'x'", run.Error, StringComparison.Ordinal);
        Assert.Contains("reviews.csv, line 2: 'stars' is '0'", run.Error, StringComparison.Ordinal);
        Assert.Equal(Header + "A,New,1,5,0,2,2,,0,,0,0,,0,1,\n", File.ReadAllText(dir.File("types.csv")));
    }

    [Fact]
    public async Task Types_ColumnAndDialectOptions_ApplyToEveryFile()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "client;created;total\nA;05.01.2024;12,50\n");
        dir.Write("tickets.csv", "client;date;complaint;open\nA;06.01.2024;yes;no\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--tickets", "tickets.csv", "--customer-column", "client", "--date-column", "created", "--amount-column", "total", "--delimiter", "semicolon", "--date-format", "dmy", "--decimal-comma", "--out", "types.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Header + "A,Complaining,1,12.5,0,2,2,,0,,0,1,1,0,0,\n", File.ReadAllText(dir.File("types.csv")));
    }

    [Fact]
    public async Task Types_WhitespaceAlignedSource_IsReadLikeAnAlignedOrdersFile()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id   order_date   amount\nA   2024-01-01   5\n");
        dir.Write("nps.csv", "customer_id   date   score\n  A   2024-01-02    9\nB 2024-01-02\n");

        var strict = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--nps", "nps.csv", "--out", "types.csv");
        var skipping = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--nps", "nps.csv", "--skip-invalid", "--out", "types.csv");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("nps.csv, line 3: the row has 2 field(s) but the header has 3", strict.Error, StringComparison.Ordinal);
        Assert.Equal(0, skipping.ExitCode);
        Assert.Equal(Header + "A,Brand advocate,1,5,0,2,2,,0,,0,0,,0,0,9\n", File.ReadAllText(dir.File("types.csv")));
    }

    [Fact]
    public async Task Types_InvalidUtf8InASource_StopsWithItsFileAndLineEvenWhenSkipping()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n");
        File.WriteAllBytes(dir.File("visits.csv"), [.. "customer_id,date\nA,2024-01-02\ncaf"u8, 0xE9, .. ",2024-01-03\n"u8]);

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--visits", "visits.csv", "--skip-invalid");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: visits.csv, line 3: the byte at offset", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_MissingSourceFile_IsAUsageError()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\nA,2024-01-01,5\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv", "--nps", "nps.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'nps.csv' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Types_NoValidRowInAnyFile_IsInvalidInput()
    {
        using var dir = new TempDirectory();
        dir.Write("orders.csv", "customer_id,order_date,amount\n");

        var run = await CliRun.RunAsync(dir.Path, "types", "orders.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no customer to type", run.Error, StringComparison.Ordinal);
    }

    private static string[] AllSources =>
        ["types", "orders.csv", "--visits", "visits.csv", "--tickets", "tickets.csv", "--reviews", "reviews.csv", "--referrals", "referrals.csv", "--nps", "nps.csv"];

    private static void WriteSources(TempDirectory dir, bool reverse)
    {
        void Write(string name, string header, params string[] rows) =>
            dir.Write(name, header + "\n" + string.Concat((reverse ? rows.Reverse() : rows).Select(r => r + "\n")));

        Write("orders.csv", "customer_id,order_id,order_date,amount,promotion", Orders);
        Write("visits.csv", "customer_id,date", "A,2024-06-10", "P,2024-06-20");
        Write("tickets.csv", "customer_id,date,complaint,open", "B,2024-06-15,true,false", "T,2024-06-01,false,true");
        Write("reviews.csv", "customer_id,date,stars", "A,2024-05-01,5", "A,2024-05-02,4");
        Write("referrals.csv", "customer_id,date", "\"C, Ltd\",2024-02-01");
        Write("nps.csv", "customer_id,date,score", "\"C, Ltd\",2024-02-01,10");
    }
}
