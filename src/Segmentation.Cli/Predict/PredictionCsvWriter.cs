using System.Globalization;
using System.Text;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Prediction.Runs;

namespace Segmentation.Cli.Predict;

/// <summary>
/// Writes <c>customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv</c>,
/// one row per customer in the run's (ordinal id) order or by pseudonym (<see cref="ExportIds"/>), invariant culture, times in the run's
/// unit, up to 6 decimals; the spend columns are empty when the run has no spend model.
/// </summary>
internal static class PredictionCsvWriter
{
    public const string Header = "customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv";

    public static void Write(Stream stream, PredictionRun run, ExportIds ids, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        for (var row = 0; row < run.Customers.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var i = ids.At(row);
            var c = run.Customers[i];
            writer.Write(Csv(ids.Ids[i]));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{c.Frequency},{Number(c.Recency)},{Number(c.Age)},{Number(c.ProbabilityAlive)},{Number(c.ExpectedPurchases)},{Money(c.ExpectedSpend)},{Money(c.LifetimeValue)}"));
            writer.WriteLine();
        }
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Money(decimal? value) => value is { } v ? Math.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture) : string.Empty;

    private static string Csv(string id) =>
        id.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : id;
}
