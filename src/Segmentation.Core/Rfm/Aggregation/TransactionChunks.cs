namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Aggregates transactions as they stream in: rows are collected into one reused chunk, and the
/// first full chunk starts the parallel aggregation (<see cref="PartitionedAccumulator"/>). Memory
/// holds one chunk of rows and one entry per customer (and per distinct order when order ids are
/// given), whatever the number of rows: what <see cref="RfmAggregator"/>'s streaming overloads
/// and the <c>segment</c> tool's general reader use.
/// </summary>
internal sealed class TransactionChunks(DateOnly? asOf)
{
    private readonly RfmTransaction[] _buffer = new RfmTransaction[TransactionAggregation.ChunkRows];
    private int _count;
    private PartitionedAccumulator? _partitioned;

    /// <summary>Gets the number of rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one row; a full chunk is aggregated before this returns.</summary>
    public void Add(in RfmTransaction transaction, CancellationToken cancellationToken)
    {
        _buffer[_count++] = transaction;
        Rows++;
        if (_count == _buffer.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (_partitioned ??= new PartitionedAccumulator(asOf)).Add(_buffer, cancellationToken);
            _count = 0;
        }
    }

    /// <summary>Aggregates the rows still buffered and builds the customers' columns.</summary>
    public CustomerColumns Finish(CancellationToken cancellationToken)
    {
        var rest = _buffer.AsMemory(0, _count);
        if (_partitioned is null)
        {
            return TransactionAggregation.FromMemory(rest, asOf, cancellationToken);
        }

        if (!rest.IsEmpty)
        {
            _partitioned.Add(rest, cancellationToken);
        }

        return _partitioned.Build();
    }
}
