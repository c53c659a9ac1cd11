using System.Globalization;
using Segmentation.Analytics;
using Segmentation.Rfm;

namespace Segmentation.Cli.Report;

/// <summary>The migration matrix between two snapshots: rows earlier segment, columns later, "(none)" last.</summary>
/// <remarks>Suppressed cells (the library decides, consistently with the segment table) are null; <c>Changed</c> and <c>InBoth</c> then count only the shown cells' customers, and are null too when a hidden cell would make them differences of shown figures.</remarks>
internal sealed record ReportMigration(string EarlierAsOf, string LaterAsOf, IReadOnlyList<string> Labels, IReadOnlyList<long?[]> Matrix, long? Changed, long? InBoth)
{
    public static ReportMigration Of(RfmRun earlier, RfmRun later)
    {
        var result = SegmentMigration.Compare(later.SegmentNames, ToMap(earlier), ToMap(later));
        var summary = result.Summary;
        var size = summary.NoneIndex + 1;
        var labels = Enumerable.Range(0, size).Select(summary.LabelOf).ToArray();
        var hidden = RfmRunGroupings.SuppressMigration(earlier, later, summary.NoneIndex);
        var matrix = new long?[size][];
        var anyHidden = false;
        for (var from = 0; from < size; from++)
        {
            matrix[from] = new long?[size];
            for (var to = 0; to < size; to++)
            {
                var suppressed = hidden(from, to);
                anyHidden |= suppressed;
                matrix[from][to] = suppressed ? null : summary[from, to];
            }
        }

        return new ReportMigration(
            earlier.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            later.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            labels,
            matrix,
            anyHidden ? null : summary.ChangedCustomers,
            anyHidden ? null : summary.CustomersInBoth);
    }

    private static Dictionary<string, int> ToMap(RfmRun run)
    {
        var map = new Dictionary<string, int>(run.Count, StringComparer.Ordinal);
        for (var i = 0; i < run.Count; i++)
        {
            map.Add(run.Aggregates.CustomerIdArray![i], run.SegmentArray[i]);
        }

        return map;
    }
}
