using System.Globalization;

namespace Segmentation.Cli.Tests.Report;

/// <summary>The CDNOW sample (2,357 customers, 1997-01-01 to 1998-06-30) as a transaction CSV.</summary>
internal static class CdnowCsv
{
    public static string Write(TempDirectory dir, string name = "cdnow.csv") => dir.Write(
        name,
        "customer_id,order_date,amount\n" + string.Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_sample.txt"))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f[1]},{DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture):yyyy-MM-dd},{f[4]}\n"))));
}
