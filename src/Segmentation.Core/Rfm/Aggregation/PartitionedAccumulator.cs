using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// Aggregates transactions with string ids chunk by chunk on every core: each chunk's rows are
/// grouped by a hash of the id into partitions (row order kept within each), and the partitions
/// are aggregated in parallel with small cache-resident tables. Exact sums make the result the
/// same as <see cref="TransactionAccumulator"/>'s, errors included: every rule that can fail
/// depends on the row alone or on the customer's earlier rows, so the first failing row is found
/// and reported with the same words.
/// </summary>
internal sealed class PartitionedAccumulator(DateOnly? asOf)
{
    private const int PartitionBits = 7;
    private const int Partitions = 1 << PartitionBits;

    // Rows ahead whose id is fetched into cache while this one is hashed: the ids' characters lie
    // scattered over the heap, and waiting for each in turn was most of phase 1 (RfmRunBenchmarks).
    private const int PrefetchDistance = 32;

    // Rows ahead whose table slot (then, half as far ahead, whose entry) is fetched into cache in
    // phase 3: a partition's table is larger than the cache, and each row waited on both in turn.
    private const int SlotDistance = 16;
    private const int EntryDistance = 8;

    private CustomerPartition[] _partitions = [];
    private int[] _partitionOf = [];
    private int[] _hashes = [];
    private int[] _days = [];
    private PartitionRow[] _grouped = [];
    private int _latest = int.MinValue;
    private long _rows;

    public CustomerColumns Build()
    {
        var count = _partitions.Sum(p => p.Count);
        var ids = new string[count];
        var totals = new CustomerTotals[count];
        var keys = new ulong[count];
        var at = 0;
        foreach (var partition in _partitions)
        {
            partition.CopyTo(ids, totals, keys, at);
            at += partition.Count;
        }

        var columns = AggregationRules.Columns(totals, ids, _latest, asOf, _rows, c => $"customer '{ids[c]}'");
        return _partitions.All(p => p.PrefixKeysValid) ? columns.WithPrefixKeys(keys) : columns;
    }

    /// <summary>Aggregates the next rows; the caller may reuse <paramref name="memory"/> once this returns.</summary>
    public void Add(ReadOnlyMemory<RfmTransaction> memory, CancellationToken cancellationToken)
    {
        var length = memory.Length;
        if (_partitions.Length == 0)
        {
            // Room for twice the first chunk's rows per partition (4,096 customers each for a full chunk).
            var capacity = Math.Clamp(2 * length / Partitions, 32, 4096);
            _partitions = [.. Enumerable.Range(0, Partitions).Select(_ => new CustomerPartition(capacity))];
        }

        if (_partitionOf.Length < length)
        {
            _partitionOf = new int[length];
            _hashes = new int[length];
            _days = new int[length];
            _grouped = new PartitionRow[length];
        }

        // 1. Check each row and hash its id, on every core; the earliest bad row wins.
        var firstRow = _rows;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, length / 16_384));
        var slice = (length + workers - 1) / workers;
        var latest = new int[workers];
        var counts = new int[workers, Partitions];
        var firstBad = long.MaxValue;
        Parallel.For(0, workers, parallel, w =>
        {
            var from = w * slice;
            var to = Math.Min(length, from + slice);
            latest[w] = int.MinValue;
            var bad = CheckAndHash(memory.Span, from, to, ref latest[w], counts, w);
            if (bad >= 0)
            {
                InterlockedMinimum.Lower(ref firstBad, firstRow + bad);
            }
        });

        if (firstBad != long.MaxValue)
        {
            // A row before the bad one may break a customer's rule first (a sum out of range), as
            // the one-row accumulator would find: those rows go in one at a time (error path only).
            var bad = (int)(firstBad - firstRow);
            if (AddInOrder(memory.Span[..bad]) is { } earlier)
            {
                ThrowAddError(memory.Span, firstRow, earlier);
            }

            throw RowError(memory.Span[bad], firstBad);
        }

        _latest = Math.Max(_latest, latest.Max());

        // 2. Group the row numbers by partition, in row order within each.
        var starts = new int[Partitions + 1];
        var next = new int[workers, Partitions];
        for (int p = 0, at = 0; p < Partitions; p++)
        {
            starts[p] = at;
            for (var w = 0; w < workers; w++)
            {
                next[w, p] = at;
                at += counts[w, p];
            }
        }

        starts[Partitions] = length;
        Parallel.For(0, workers, parallel, w =>
        {
            // Each partition's rows are copied together, so phase 3 reads them in sequence.
            var rows = memory.Span;
            var to = Math.Min(length, (w * slice) + slice);
            for (var i = w * slice; i < to; i++)
            {
                ref readonly var row = ref rows[i];
                _grouped[next[w, _partitionOf[i]]++] = new PartitionRow(row.CustomerId, row.OrderId, row.Amount, _hashes[i], _days[i], i);
            }
        });

        // 3. Aggregate the partitions on every core.
        var failures = new (int Row, CustomerTotals.AddResult Result)[Partitions];
        Parallel.For(0, Partitions, parallel, p =>
        {
            failures[p] = AggregatePartition(_partitions[p], _grouped.AsSpan(starts[p], starts[p + 1] - starts[p]));
        });

        var failed = failures.Where(f => f.Row >= 0).OrderBy(f => f.Row).FirstOrDefault((Row: -1, Result: CustomerTotals.AddResult.Added));
        if (failed.Row >= 0)
        {
            ThrowAddError(memory.Span, firstRow, failed);
        }

        _rows += length;
    }

    // Adds rows in their order, stopping at the first that cannot be added.
    private (int Row, CustomerTotals.AddResult Result)? AddInOrder(ReadOnlySpan<RfmTransaction> rows)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var hash = _hashes[i];
            var result = _partitions[PartitionOf(hash)].Add(rows[i].CustomerId, hash, _days[i], rows[i].Amount, rows[i].OrderId);
            if (result != CustomerTotals.AddResult.Added)
            {
                return (i, result);
            }
        }

        return null;
    }

    [DoesNotReturn]
    private void ThrowAddError(ReadOnlySpan<RfmTransaction> rows, long firstRow, (int Row, CustomerTotals.AddResult Result) failed)
    {
        var row = rows[failed.Row];
        var index = firstRow + failed.Row;
        var hash = _hashes[failed.Row];
        throw failed.Result == CustomerTotals.AddResult.TooManyOrders
            ? TransactionAccumulator.TooManyOrders(row.CustomerId, index)
            : ExactMoney.OutOfRange(
                string.Create(CultureInfo.InvariantCulture, $"Transaction {index} (customer '{row.CustomerId}')"),
                _partitions[PartitionOf(hash)].SumOf(row.CustomerId, hash),
                row.Amount,
                TransactionAccumulator.Location(index, nameof(RfmTransaction.Amount)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CheckAndHash(ReadOnlySpan<RfmTransaction> rows, int from, int to, ref int latest, int[,] counts, int worker)
    {
        var asOfDay = asOf?.DayNumber ?? int.MaxValue;
        var prefetchTo = to - PrefetchDistance;
        for (var i = from; i < to; i++)
        {
            ref readonly var row = ref rows[i];
            if (i < prefetchTo)
            {
                CacheHint.Prefetch(rows[i + PrefetchDistance].CustomerId);
            }

            if (row.CustomerId is null)
            {
                return i;
            }

            var day = DateOnly.FromDateTime(row.Timestamp).DayNumber;
            if (day > asOfDay)
            {
                return i;
            }

            latest = Math.Max(latest, day);
            _days[i] = day;
            var hash = row.CustomerId.GetHashCode();
            _hashes[i] = hash;
            var p = PartitionOf(hash);
            _partitionOf[i] = p;
            counts[worker, p]++;
        }

        return -1;
    }

    // Returns the first row (index in the chunk) that could not be added and why, or row -1.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Row, CustomerTotals.AddResult Result) AggregatePartition(CustomerPartition partition, ReadOnlySpan<PartitionRow> rows)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            if (i + SlotDistance < rows.Length)
            {
                partition.PrefetchSlot(rows[i + SlotDistance].Hash);
            }

            if (i + EntryDistance < rows.Length)
            {
                partition.PrefetchEntry(rows[i + EntryDistance].Hash, rows[i + EntryDistance].CustomerId);
            }

            ref readonly var row = ref rows[i];
            var result = partition.Add(row.CustomerId, row.Hash, row.Day, row.Amount, row.OrderId);
            if (result != CustomerTotals.AddResult.Added)
            {
                return (row.Index, result);
            }
        }

        return (-1, CustomerTotals.AddResult.Added);
    }

    private SegmentationException RowError(in RfmTransaction row, long index) =>
        row.CustomerId is null
            ? TransactionAccumulator.NoCustomerId(index)
            : AggregationRules.FutureDate($"Customer '{row.CustomerId}'", DateOnly.FromDateTime(row.Timestamp), asOf!.Value, TransactionAccumulator.Location(index, nameof(RfmTransaction.Timestamp)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PartitionOf(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> (32 - PartitionBits));

    /// <summary>The fields of one row that a partition reads, copied next to the partition's other rows.</summary>
    private readonly record struct PartitionRow(string CustomerId, string? OrderId, decimal Amount, int Hash, int Day, int Index);
}
