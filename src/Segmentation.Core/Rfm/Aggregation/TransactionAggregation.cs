namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// The aggregation of transactions with string ids behind <see cref="RfmAggregator"/> and
/// <see cref="RfmPipeline"/>: small inputs one row at a time (<see cref="TransactionAccumulator"/>),
/// larger ones in chunks on every core (<see cref="PartitionedAccumulator"/>). Both give the same
/// columns and the same errors; memory holds one chunk of rows and one entry per customer.
/// </summary>
internal static class TransactionAggregation
{
    /// <summary>Rows per chunk: about 10 MB of transactions, enough work for every core.</summary>
    internal const int ChunkRows = 1 << 18;

    /// <summary>Below this many rows in all, one thread is faster than partitioning.</summary>
    internal const int ParallelRows = 1 << 16;

    public static CustomerColumns Aggregate(IEnumerable<RfmTransaction> transactions, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (transactions is RfmTransaction[] array)
        {
            // An array is chunked in place: no copy of the rows.
            return FromMemory(array, asOf, cancellationToken);
        }

        var chunks = new TransactionChunks(asOf);
        foreach (var transaction in transactions)
        {
            chunks.Add(transaction, cancellationToken);
        }

        return chunks.Finish(cancellationToken);
    }

    public static async Task<CustomerColumns> AggregateAsync(IAsyncEnumerable<RfmTransaction> transactions, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var chunks = new TransactionChunks(asOf);
        await foreach (var transaction in transactions.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(transaction, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return chunks.Finish(cancellationToken);
    }

    internal static CustomerColumns FromMemory(ReadOnlyMemory<RfmTransaction> rows, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (rows.Length < ParallelRows)
        {
            return Sequential(rows.Span, asOf);
        }

        var partitioned = new PartitionedAccumulator(asOf);
        for (var start = 0; start < rows.Length; start += ChunkRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            partitioned.Add(rows.Slice(start, Math.Min(ChunkRows, rows.Length - start)), cancellationToken);
        }

        return partitioned.Build();
    }

    private static CustomerColumns Sequential(ReadOnlySpan<RfmTransaction> rows, DateOnly? asOf)
    {
        var accumulator = new TransactionAccumulator(asOf);
        foreach (ref readonly var row in rows)
        {
            accumulator.Add(row);
        }

        return accumulator.Build();
    }
}
