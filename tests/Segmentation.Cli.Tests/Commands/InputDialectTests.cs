using System.Globalization;
using System.Text;
using Segmentation.Cli.Tests.Input;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>Input dialects (issue 17): delimiters, date forms, decimal commas, CDNOW as shipped.</summary>
public sealed class InputDialectTests
{
    private const string Comma = "customer_id,order_date,amount\nA,2024-01-05,12.50\nB,2024-02-01,3\nA,2024-03-10,1.25\n";

    private static string Cdnow => Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt");

    [Theory]
    [InlineData("kunde;datum;betrag\nA;05.01.2024;12,50\nB;01.02.2024;3\nA;10.03.2024;1,25\n", "--date-format", "dmy", "--decimal-comma")]
    [InlineData("kunde\tdatum\tbetrag\nA\t01/05/2024\t12.50\nB\t02/01/2024\t3\nA\t03/10/2024\t1.25\n", "--date-format", "mdy")]
    [InlineData("kunde;datum;betrag\r\nA;20240105;12,50\r\nB;20240201;3\r\nA;20240310;1,25\r\n", "--decimal-comma")]
    [InlineData("  kunde    datum  betrag\n  A  2024-01-05  12.50\n  B  2024-02-01      3\n  A  2024-03-10   1.25\n")]
    public async Task Rfm_OtherDialects_ScoreLikeTheCommaFile(string text, params string[] options)
    {
        using var dir = new TempDirectory();
        dir.Write("comma.csv", Comma);
        dir.Write("other.csv", text);
        string[] columns = ["--customer-column", "kunde", "--date-column", "datum", "--amount-column", "betrag"];

        var expected = await CliRun.RunAsync(dir.Path, "rfm", "comma.csv", "--out", "expected.csv", "--no-progress");
        var actual = await CliRun.RunAsync(dir.Path, ["rfm", "other.csv", "--out", "actual.csv", "--no-progress", .. columns, .. options]);

        Assert.Equal(0, expected.ExitCode);
        Assert.True(actual.ExitCode == 0, actual.Error);
        Assert.Equal(File.ReadAllText(dir.File("expected.csv")), File.ReadAllText(dir.File("actual.csv")));
    }

    [Fact]
    public async Task Rfm_DayOrMonthFirstDateWithoutAFormat_IsAnErrorNotAGuess()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id;order_date;amount\nA;03/04/2024;1\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tx.csv, line 2: 'order_date' is '03/04/2024', which could be day-first or month-first; pass --date-format dmy or --date-format mdy", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_HeaderThatReadsAsOneColumn_SaysWhichDelimiterItLooksLike()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id;order_date;amount\nA;2024-01-05;1\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--no-progress", "--delimiter", "comma");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it looks semicolon-separated: pass --delimiter semicolon", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_UnknownDialectOptionValues_AreUsageErrors()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", Comma);

        var delimiter = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--delimiter", "pipe");
        var format = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--date-format", "ddmmyy");
        var encoding = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--encoding", "utf-16");

        Assert.All([delimiter, format, encoding], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("--delimiter 'pipe' is unknown", delimiter.Error, StringComparison.Ordinal);
        Assert.Contains("--date-format 'ddmmyy' is unknown", format.Error, StringComparison.Ordinal);
        Assert.Contains("--encoding 'utf-16' is unknown", encoding.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Readers_CompactDates_AgreeOnTheFastPath()
    {
        var fast = ReaderParity.AssertSame("customer_id,order_date,amount\nA,20240105,1\nB,2024-02-01,2\nA,20240310,3\nC,2024031,4\n", skip: true);

        Assert.NotNull(fast);
        Assert.Equal([("A", 1, 2, 4m), ("B", 39, 1, 2m)], ReaderParity.Rows(fast));
    }

    [Fact]
    public async Task Rfm_CdnowAsShipped_ScoresLikeItsCsvConversion()
    {
        using var dir = new TempDirectory();
        var csv = new StringBuilder("customer_id,order_date,amount\n");
        foreach (var line in File.ReadLines(Cdnow).Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            csv.Append(CultureInfo.InvariantCulture, $"{parts[0]},{DateOnly.ParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture):yyyy-MM-dd},{parts[3]}\n");
        }

        dir.Write("cdnow.csv", csv.ToString());

        var converted = await CliRun.RunAsync(dir.Path, "rfm", "cdnow.csv", "--out", "converted.csv", "--no-progress");
        var shipped = await CliRun.RunAsync(dir.Path, "rfm", Cdnow, "--date-column", "date", "--amount-column", "dollar_value", "--out", "shipped.csv", "--no-progress");

        Assert.Equal(0, converted.ExitCode);
        Assert.True(shipped.ExitCode == 0, shipped.Error);
        var rows = File.ReadAllLines(dir.File("shipped.csv"));
        Assert.Equal(File.ReadAllLines(dir.File("converted.csv")), rows);
        Assert.Equal(23_570, rows.Length - 1);
        Assert.Equal(2_500_315.63m, rows.Skip(1).Sum(r => decimal.Parse(r.Split(',')[3], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Report_CdnowAsShipped_WritesTheReport()
    {
        using var dir = new TempDirectory();

        var run = await CliRun.RunAsync(dir.Path, "report", Cdnow, "--date-column", "date", "--amount-column", "dollar_value", "--previous-as-of", "1998-01-01", "-o", "cdnow.html", "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"Total\s+│\s+23,570\s", run.Out);
        Assert.True(new FileInfo(dir.File("cdnow.html")).Length > 10_000);
    }
}
