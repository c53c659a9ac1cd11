using System.Globalization;
using System.Text.Json;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>The revenue concentration of the summary and the report goes through the small-cell rule too.</summary>
public sealed partial class SmallCellOptionTests
{
    // 200 customers: the top 1% is 2 people.
    private static readonly string TwoHundred = "customer_id,order_date,amount\n" + string.Concat(
        Enumerable.Range(0, 200).Select(i => string.Create(CultureInfo.InvariantCulture, $"c{i},2024-0{1 + (i % 9)}-1{i % 10},{(i * 7919 % 1000) + 1}.{i % 100:D2}\n")));

    [Fact]
    public async Task Report_TopOnePercentOfTwoHundred_IsSuppressedInTheSummaryAndTheCurveHasNoStepBelowFive()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", TwoHundred);

        var run = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "-o", "r.html", "--no-progress");
        var open = await CliRun.RunAsync(dir.Path, "report", "tx.csv", "-o", "open.html", "--no-progress", "--min-group-size", "0");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"top 1% of customers\s+│\s+<5 │", run.Out);
        Assert.Matches(@"top 1% of customers\s+│\s+\d+\.\d% │", open.Out);
        Assert.Matches(@"top 10% of customers\s+│\s+\d+\.\d% │", run.Out);

        var html = File.ReadAllText(dir.File("r.html"));
        using var data = JsonDocument.Parse(DataRegex().Match(html).Groups[1].Value);
        var points = data.RootElement.GetProperty("lorenz").GetProperty("points").EnumerateArray().Select(p => p[0].GetDouble() * 200).ToArray();
        Assert.All(points.Zip(points.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 5 - 1e-6, $"Lorenz points {pair.First} and {pair.Second} are fewer than 5 customers apart"));
        Assert.All(points, p => Assert.Equal(Math.Round(p), p, 6));
        using var openData = JsonDocument.Parse(DataRegex().Match(File.ReadAllText(dir.File("open.html"))).Groups[1].Value);
        Assert.Equal(101, openData.RootElement.GetProperty("lorenz").GetProperty("points").GetArrayLength());

        // The page says what suppression is not.
        Assert.Contains("Suppression is not anonymisation", html, StringComparison.Ordinal);
    }
}
