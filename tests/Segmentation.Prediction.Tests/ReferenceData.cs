using System.Globalization;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Rfm;

namespace Segmentation.Prediction.Tests;

/// <summary>The published data sets copied into tests/data (see the README beside them), read in invariant culture.</summary>
internal static class ReferenceData
{
    public static readonly DateOnly CdnowCalibrationEnd = new(1997, 9, 30);

    private static readonly Lazy<RfmTransaction[]> Sample = new(LoadSample);
    private static readonly Lazy<CustomerSummary[]> Published = new(LoadPublished);

    /// <summary>Gets the 6,919 lines of CDNOW_sample.txt, the customer id being the sample id ("0001".."2357").</summary>
    public static RfmTransaction[] CdnowSample => Sample.Value;

    /// <summary>Gets cdnow_customers_summary_with_transactions.csv: x, t_x, T and zbar as published (2 decimals), id as in the file.</summary>
    public static CustomerSummary[] CdnowPublishedSummary => Published.Value;

    /// <summary>Gets the donations patterns of Fader, Hardie and Shang (2010) with their donor counts.</summary>
    public static DiscretePattern[] Donations() =>
        [.. File.ReadLines(Path("donations", "donations.csv")).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            return new DiscretePattern(Int(f[0]), Int(f[1]), Int(f[2]), Int(f[3]));
        })];

    private static RfmTransaction[] LoadSample() =>
        [.. File.ReadLines(Path("cdnow", "CDNOW_sample.txt"))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => new RfmTransaction(
                f[1],
                DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue),
                decimal.Parse(f[4], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)))];

    private static CustomerSummary[] LoadPublished() =>
        [.. File.ReadLines(Path("cdnow", "cdnow_customers_summary_with_transactions.csv")).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            var x = Int(f[1]);
            var zbar = decimal.Parse(f[4], CultureInfo.InvariantCulture);
            return new CustomerSummary(f[0], x, Double(f[2]), Double(f[3]), x > 0 ? zbar : null);
        })];

    public static string Path(string folder, string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", folder, file);

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
