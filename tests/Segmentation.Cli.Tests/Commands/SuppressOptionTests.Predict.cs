using System.Globalization;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>--suppress on <c>predict</c> and the overlapping counts of <c>evaluate</c>.</summary>
public sealed partial class SuppressOptionTests
{
    [Fact]
    public async Task Predict_Suppress_CustomerInNoRowAndTheFitIsTheRunWithoutThem()
    {
        using var dir = new TempDirectory();
        var transactions = PredictCommandTests.CdnowSample();
        // The most frequent buyer: left in, they would move the fit of everybody.
        var gone = transactions.GroupBy(t => t.CustomerId).MaxBy(g => g.Count())!.Key;
        dir.Write("tx.csv", Csv(transactions));
        dir.Write("without.csv", Csv(transactions.Where(t => t.CustomerId != gone)));
        dir.Write("gone.txt", gone + "\n");
        string[] options = ["--calibration-end", "1997-09-30", "--as-of", "1998-07-01"];

        var run = await CliRun.RunAsync(dir.Path, ["predict", "tx.csv", "--suppress", "gone.txt", "--out", "s.csv", .. options]);
        var reference = await CliRun.RunAsync(dir.Path, ["predict", "without.csv", "--out", "w.csv", .. options]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, reference.ExitCode);
        var predictions = File.ReadAllText(dir.File("s.csv"));
        Assert.DoesNotContain("\n" + gone + ",", predictions, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(dir.File("w.csv")), predictions);
        Assert.Equal(reference.Out, run.Out);
    }

    [Fact]
    public async Task Evaluate_OverlappingSegmentOfAllButTwo_IsSuppressedInTheSummary()
    {
        using var dir = new TempDirectory();
        dir.Write("customers.csv", "customer_id,score\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"C{i},{i}\n")));
        dir.Write("segments.json", """
            {
              "version": 1,
              "mode": "allMatches",
              "segments": [
                { "name": "AllButTwo", "criteria": { "kind": "compare", "field": "score", "operator": ">", "value": 2 } },
                { "name": "Half", "criteria": { "kind": "compare", "field": "score", "operator": ">", "value": 15 } }
              ]
            }
            """);

        var run = await CliRun.RunAsync(dir.Path, "evaluate", "--definitions", "segments.json", "--customers", "customers.csv");

        Assert.Equal(0, run.ExitCode);
        // 28 of 30 would tell that 2 customers are outside it.
        Assert.Matches(@"AllButTwo\s+│\s+<5 │", run.Out);
        Assert.Matches(@"Half\s+│\s+15 │", run.Out);
        Assert.Matches(@"Customers\s+│\s+30 │", run.Out);
    }

    private static string Csv(IEnumerable<Segmentation.Rfm.RfmTransaction> transactions) =>
        "customer_id,order_date,amount\n" + string.Concat(transactions.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Timestamp:yyyy-MM-dd},{t.Amount}\n")));
}
