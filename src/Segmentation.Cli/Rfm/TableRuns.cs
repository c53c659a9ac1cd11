using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;
using Segmentation.Cli.Input;
using Segmentation.Privacy;

namespace Segmentation.Cli.Rfm;

/// <summary>The library's RFM run over what a reader aggregated, or over the demo's table of rows.</summary>
internal static class TableRuns
{
    /// <summary>Scores customers a reader aggregated; none is the tool's "nothing to score" error.</summary>
    public static RfmRun Run(CustomerColumns customers, RfmScoringOptions scoring, DateOnly? asOf, SmallCellSuppression suppression, CancellationToken cancellationToken) =>
        customers.Count == 0
            ? throw NothingToScore()
            : RfmPipeline.Run(customers, new RfmRunOptions { Scoring = scoring, AsOf = asOf, Suppression = suppression }, cancellationToken);

    public static RfmRun Run(TransactionTable table, RfmScoringOptions scoring, DateOnly? asOf, CancellationToken cancellationToken) =>
        RfmPipeline.Run(Aggregate(table, asOf), new RfmRunOptions { Scoring = scoring, AsOf = asOf }, cancellationToken);

    /// <summary>Aggregates the table's rows with the library's span aggregation, keeping the customers' ids.</summary>
    public static CustomerColumns Aggregate(TransactionTable table, DateOnly? asOf)
    {
        if (table.Count == 0)
        {
            throw NothingToScore();
        }

        var aggregates = table.HasOrderIds
            ? RfmAggregator.Aggregate(table.Customers, table.Dates, table.Amounts, table.Orders, table.CustomerCount, asOf)
            : RfmAggregator.Aggregate(table.Customers, table.Dates, table.Amounts, table.CustomerCount, asOf);
        return new CustomerColumns
        {
            Ids = [.. table.CustomerIds],
            RecencyDays = aggregates.RecencyArray,
            Frequency = aggregates.FrequencyArray,
            Monetary = aggregates.MonetaryArray,
            AsOf = aggregates.AsOf,
            Transactions = table.Count,
        };
    }

    /// <summary>The tool's words for an input without a valid row (the library's name the API instead of the file).</summary>
    public static SegmentationException NothingToScore() =>
        new("The input has no valid transaction rows, so there is nothing to score. Check the file, the column names and --skip-invalid.", "input");
}
