using System.Globalization;
using System.Text;

namespace Segmentation.Cli.Tests.Commands;

public sealed class CdnowEndToEndTests
{
    private const int CdnowCustomers = 23_570;

    /// <summary>Converts CDNOW_master.txt (whitespace separated, yyyyMMdd) to the CSV contract.</summary>
    private static string Convert(TempDirectory dir)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt");
        var csv = new StringBuilder("customer_id,order_date,amount\n");
        foreach (var line in File.ReadLines(source).Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4)
            {
                continue;
            }

            var date = DateOnly.ParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{parts[0]},{date:yyyy-MM-dd},{parts[3]}\n");
        }

        return dir.Write("cdnow.csv", csv.ToString());
    }

    [Fact]
    public async Task Rfm_Cdnow_WritesOneRowPerCustomerAndASummaryThatAddsUp()
    {
        using var dir = new TempDirectory();
        Convert(dir);

        var scored = await CliRun.RunAsync(dir.Path, "rfm", "cdnow.csv", "--out", "scores.csv");
        var summary = await CliRun.RunAsync(dir.Path, "rfm", "cdnow.csv");

        Assert.Equal(0, scored.ExitCode);
        Assert.Equal(0, summary.ExitCode);
        var rows = File.ReadAllLines(dir.File("scores.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(CdnowCustomers, rows.Length);
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        Assert.Equal(2_500_315.63, rows.Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)), 0.01);
        Assert.All(rows, r => Assert.Equal(int.Parse(r[7], CultureInfo.InvariantCulture), (100 * int.Parse(r[4], CultureInfo.InvariantCulture)) + (10 * int.Parse(r[5], CultureInfo.InvariantCulture)) + int.Parse(r[6], CultureInfo.InvariantCulture)));

        // The printed table's per-segment counts equal the file's and add up to every customer.
        var fileCounts = rows.GroupBy(r => r[8]).ToDictionary(g => g.Key, g => g.Count());
        var printed = SegmentCounts(summary.Out);
        // Segments no customer falls in (CDNOW's many one-order customers tie on F) print as 0.
        Assert.Equal(fileCounts.OrderBy(p => p.Key, StringComparer.Ordinal), printed.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(10, printed.Count);
        Assert.Equal(CdnowCustomers, printed.Values.Sum());
        Assert.Matches(@"Total\s+│\s+23,570\s", summary.Out);
    }

    private static Dictionary<string, int> SegmentCounts(string table)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n'))
        {
            var cells = line.Split('│', StringSplitOptions.TrimEntries);
            if (cells.Length > 3 && cells[1].Length > 0 && cells[1] != "Segment" && cells[1] != "Total"
                && int.TryParse(cells[2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n))
            {
                counts[cells[1]] = n;
            }
        }

        return counts;
    }
}
