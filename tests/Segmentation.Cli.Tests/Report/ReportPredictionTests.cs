using System.Text.Json;
using System.Text.RegularExpressions;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Validation;
using Segmentation.Rfm;

namespace Segmentation.Cli.Tests.Report;

/// <summary><c>segment report --predict</c>: the prediction section's data, against the library's own run.</summary>
public sealed partial class ReportPredictionTests
{
    [Fact]
    public async Task Report_PredictWithCalibrationEnd_SectionHoldsTheFitAndTheHoldoutFigure()
    {
        using var dir = new TempDirectory();
        CdnowCsv.Write(dir);

        var run = await CliRun.RunAsync(dir.Path, "report", "cdnow.csv", "--predict", "--calibration-end", "1997-09-30", "-o", "report.html", "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("log-likelihood -9582.43", run.Out, StringComparison.Ordinal);
        var prediction = Data(dir).GetProperty("prediction");
        Assert.Equal("BG/NBD", prediction.GetProperty("model").GetString());
        Assert.Equal("1997-09-30", prediction.GetProperty("calibrationEnd").GetString());
        Assert.Equal(0.2426, prediction.GetProperty("parameters")[0].GetProperty("estimate").GetDouble(), 4);
        Assert.Equal(3, prediction.GetProperty("spendParameters").GetArrayLength());

        // The figure is the library's: the holdout runs from the calibration end to the as-of (the day after the last line).
        var summary = PurchaseSummary.FromTransactions(Transactions(dir), new SummaryOptions(new DateOnly(1997, 9, 30)) { HoldoutEnd = new DateOnly(1998, 7, 1) });
        var expected = HoldoutValidation.ByFrequency(BgNbdModel.Fit(summary), summary);
        var holdout = prediction.GetProperty("holdout");
        Assert.Equal("1998-07-01", holdout.GetProperty("holdoutEnd").GetString());
        var rows = holdout.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(r => r.AndMore ? r.Frequency + "+" : r.Frequency.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.GetProperty("frequency").GetString()));
        Assert.Equal(expected.Select(r => r.Customers), rows.Select(r => r.GetProperty("customers").GetInt64()));
        Assert.All(expected.Zip(rows), p =>
        {
            Assert.Equal(p.First.ActualMean, p.Second.GetProperty("actual").GetDouble(), 1e-12);
            Assert.Equal(p.First.PredictedMean, p.Second.GetProperty("predicted").GetDouble(), 1e-9);
        });
    }

    [Fact]
    public async Task Report_PredictWithoutCalibrationEnd_FitsToTheAsOfWithoutHoldout()
    {
        using var dir = new TempDirectory();
        CdnowCsv.Write(dir);

        var run = await CliRun.RunAsync(dir.Path, "report", "cdnow.csv", "--predict", "--time-unit", "days", "--horizon", "90", "-o", "report.html", "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        var prediction = Data(dir).GetProperty("prediction");
        Assert.Equal("1998-07-01", prediction.GetProperty("calibrationEnd").GetString());
        Assert.Equal("days", prediction.GetProperty("timeUnit").GetString());
        Assert.Equal(90d, prediction.GetProperty("horizon").GetDouble());
        Assert.Equal(JsonValueKind.Null, prediction.GetProperty("holdout").ValueKind);
    }

    [Fact]
    public async Task Report_WithoutPredict_HasNoPredictionSection()
    {
        using var dir = new TempDirectory();
        CdnowCsv.Write(dir);

        var run = await CliRun.RunAsync(dir.Path, "report", "cdnow.csv", "-o", "report.html", "--no-progress");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(JsonValueKind.Null, Data(dir).GetProperty("prediction").ValueKind);
        Assert.DoesNotContain("log-likelihood", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--calibration-end", "1997-09-30")]
    [InlineData("--model", "pareto-nbd")]
    public async Task Report_ModelOptionWithoutPredict_IsAUsageError(string option, string value)
    {
        using var dir = new TempDirectory();
        CdnowCsv.Write(dir);

        var run = await CliRun.RunAsync(dir.Path, "report", "cdnow.csv", option, value, "--no-progress");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("add --predict", run.Error, StringComparison.Ordinal);
    }

    private static JsonElement Data(TempDirectory dir)
    {
        var html = File.ReadAllText(dir.File("report.html"));
        return JsonDocument.Parse(DataRegex().Match(html).Groups[1].Value).RootElement.Clone();
    }

    private static IEnumerable<RfmTransaction> Transactions(TempDirectory dir) =>
        File.ReadLines(dir.File("cdnow.csv")).Skip(1).Select(line => line.Split(',')).Select(f => new RfmTransaction(
            f[0],
            DateTime.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataRegex();
}
