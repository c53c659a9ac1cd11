using Segmentation.Cli.Report;
using Segmentation.Rfm;

namespace Segmentation.Cli.Tests.Report;

/// <summary>A small report model from a deterministic run, for tests of the page's text.</summary>
internal static class ReportFixture
{
    public static ReportModel Model()
    {
        var transactions = Enumerable.Range(0, 300)
            .Select(i => new RfmTransaction("c" + (i % 60), new DateTime(2024, 1 + (i % 12), 1 + (i % 28), 0, 0, 0, DateTimeKind.Utc), 5m + (i % 37)));
        var run = RfmPipeline.Run(transactions, new RfmRunOptions { AsOf = new DateOnly(2025, 1, 1) }, CancellationToken.None);
        return ReportModel.Create(run, previous: null, "fixture.csv", skippedRows: 0);
    }
}
