using System.Globalization;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Rfm;

namespace Segmentation.Cli.Tests.Commands;

public sealed class PredictCommandTests
{
    [Fact]
    public async Task Predict_CdnowSample_WritesTheContractColumnsAndPrintsThePublishedFit()
    {
        using var dir = new TempDirectory();
        var transactions = CdnowSample();
        dir.Write("tx.csv", "customer_id,order_date,amount\n" + string.Concat(transactions.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Timestamp:yyyy-MM-dd},{t.Amount}\n"))));

        var run = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--calibration-end", "1997-09-30", "--out", "predictions.csv");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(dir.File("predictions.csv"));
        Assert.Equal("customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv", lines[0]);
        Assert.Equal(2358, lines.Length);
        Assert.Equal(lines.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[0]));

        // The row of customer 0001 is the library's prediction (docs/prediction.md's worked example).
        var summary = PurchaseSummary.FromTransactions(transactions, new SummaryOptions(new DateOnly(1997, 9, 30)));
        var model = BgNbdModel.Fit(summary);
        var first = summary.Customers[0];
        var row = lines[1].Split(',');
        Assert.Equal(["0001", "2", "30.428571", "38.857143"], row[..4]);
        Assert.Equal(model.ProbabilityAlive(first), double.Parse(row[4], CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal(model.ConditionalExpectedPurchases(52, first), double.Parse(row[5], CultureInfo.InvariantCulture), 1e-6);
        Assert.Equal(24.65m, Math.Round(decimal.Parse(row[6], CultureInfo.InvariantCulture), 2));
        Assert.Equal(36.75m, Math.Round(decimal.Parse(row[7], CultureInfo.InvariantCulture), 2));

        // A customer without repeat purchases gets the Gamma-Gamma population mean as expected spend.
        Assert.Contains(lines.Skip(1), l => l.Split(',')[1] == "0" && l.Split(',')[6].StartsWith("35.17", StringComparison.Ordinal));
        Assert.Contains("0.242", run.Out, StringComparison.Ordinal);
        Assert.Contains("log-likelihood -9582.43", run.Out, StringComparison.Ordinal);
        // Transactions after the calibration end up to the as-of (1998-07-01) are the holdout.
        Assert.Contains("Holdout 1997-09-30 to 1998-07-01", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_UnknownModel_IsAUsageError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\na,2024-01-01,1\n");

        var run = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--model", "weibull");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--model 'weibull' is unknown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_NoRepeatBuyers_ExitsWithTheFitError()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\na,2024-01-01,1\nb,2024-01-02,1\nc,2024-01-05,1\n");

        var run = await CliRun.RunAsync(dir.Path, "predict", "tx.csv", "--out", "p.csv");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("error: BG/NBD", run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    // Regression (probe item 5): a calibration end after the as-of was accepted, every T grew by
    // the gap (about 5 years here) and the fit changed without a word.
    [Theory]
    [InlineData("predict", null, "2024-03-02")]
    [InlineData("predict", "2024-06-30", "2024-06-30")]
    [InlineData("report", null, "2024-03-02")]
    public async Task CalibrationEndAfterTheAsOf_ExitsTwoNamingTheOptionTheAsOfAndTheFix(string command, string? asOf, string expectedAsOf)
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nc1,2024-01-01,5\nc1,2024-03-01,7\nc2,2024-02-01,4\n");
        string[] args = command == "report" ? ["report", "tx.csv", "--predict", "--out", "r.html"] : ["predict", "tx.csv", "--out", "p.csv"];
        string[] date = asOf is null ? [] : ["--as-of", asOf];

        var run = await CliRun.RunAsync(dir.Path, [.. args, .. date, "--no-progress", "--calibration-end", "2030-01-01"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"--calibration-end: The calibration end 2030-01-01 is after the as-of date {expectedAsOf}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"give a calibration end on or before {expectedAsOf}", run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    internal static RfmTransaction[] CdnowSample() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_sample.txt"))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => new RfmTransaction(
                f[1],
                DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue),
                decimal.Parse(f[4], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)))];
}
