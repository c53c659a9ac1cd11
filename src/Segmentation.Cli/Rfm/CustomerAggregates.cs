using Segmentation.Cli.Input;
using Segmentation.Rfm;

namespace Segmentation.Cli.Rfm;

/// <summary>Per-customer recency, frequency and monetary columns (ids in no particular order) and the run's facts.</summary>
internal sealed class CustomerAggregates
{
    public required string[] Ids { get; init; }

    public required int[] RecencyDays { get; init; }

    public required int[] Frequency { get; init; }

    public required double[] Monetary { get; init; }

    public required DateOnly AsOf { get; init; }

    public required long Transactions { get; init; }

    /// <summary>
    /// Gets, when the reader knows them, each id's first 8 UTF-16 code units packed 8 bits each
    /// (the key <see cref="OrdinalIdSort"/> sorts on), or <see langword="null"/>: the UTF-8 fast
    /// path has them for free when every id starts with 8 ASCII bytes or fewer. The sort consumes them.
    /// </summary>
    public ulong[]? OrdinalPrefixKeys { get; init; }

    public int Count => Ids.Length;

    /// <summary>Aggregates a table of rows with the library's <see cref="RfmAggregator"/>.</summary>
    public static CustomerAggregates From(TransactionTable table, DateOnly? asOf)
    {
        if (table.Count == 0)
        {
            throw NothingToScore();
        }

        var aggregates = table.HasOrderIds
            ? RfmAggregator.Aggregate(table.Customers, table.Dates, table.Amounts, table.Orders, table.CustomerCount, asOf)
            : RfmAggregator.Aggregate(table.Customers, table.Dates, table.Amounts, table.CustomerCount, asOf);
        return new CustomerAggregates
        {
            Ids = [.. table.CustomerIds],
            RecencyDays = aggregates.RecencyDays.ToArray(),
            Frequency = aggregates.Frequency.ToArray(),
            Monetary = aggregates.Monetary.ToArray(),
            AsOf = aggregates.AsOf!.Value,
            Transactions = table.Count,
        };
    }

    public static SegmentationException NothingToScore() =>
        new("The input has no valid transaction rows, so there is nothing to score. Check the file, the column names and --skip-invalid.", "input");
}
