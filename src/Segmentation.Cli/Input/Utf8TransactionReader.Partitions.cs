using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Text;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <content>Phase 2: aggregate each id-hash partition with a small table; phase 3: the customer columns.</content>
internal sealed partial class Utf8TransactionReader
{
    private CustomerColumns Aggregate(ReadOnlyMemory<byte> data, RangeResult[] ranges, bool hasOrderIds, CancellationToken cancellationToken)
    {
        var transactions = ranges.Sum(r => (long)r.Rows.Length);
        var latest = ranges.Select(r => r.LatestDay).DefaultIfEmpty(int.MinValue).Max();
        var customers = new CustomerEntry[Partitions][];
        var failures = new SegmentationException?[Partitions];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, Partitions, parallel, () => new PartitionScratch(), (p, _, scratch) =>
        {
            customers[p] = AggregatePartition(data, ranges, p, hasOrderIds, scratch, out failures[p]);
            return scratch;
        }, _ => { });

        // Thrown here, not inside the loop, which would wrap it in an AggregateException.
        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            throw failure;
        }

        ReleaseRows(ranges, transactions);

        var offsets = new int[Partitions + 1];
        for (var p = 0; p < Partitions; p++)
        {
            offsets[p + 1] = offsets[p] + customers[p].Length;
        }

        // The library's rules turn the totals into columns (as-of date, recency, checks); the ids
        // and their sort keys come from the bytes here.
        var count = offsets[Partitions];
        var totals = new CustomerTotals[count];
        var ids = new string[count];
        var prefixKeys = new ulong[count];
        var nonAscii = 0;
        Parallel.For(0, Partitions, parallel, p =>
        {
            Span<byte> key = stackalloc byte[16];
            var at = offsets[p];
            var prefixBytes = 0UL;
            foreach (var entry in customers[p])
            {
                // The first 8 bytes, when ASCII, are the first 8 UTF-16 code units: the sort's key.
                prefixKeys[at] = BinaryPrimitives.ReverseEndianness(entry.Key0);
                prefixBytes |= entry.Key0;
                Utf8Values.WriteKey(entry.Key0, entry.Key1, key);
                ids[at] = Encoding.UTF8.GetString(entry.IdLength <= 16 ? key[..entry.IdLength] : data.Span.Slice(entry.IdStart, entry.IdLength));
                totals[at] = entry.Totals;
                at++;
            }

            if ((prefixBytes & 0x8080808080808080UL) != 0)
            {
                Volatile.Write(ref nonAscii, 1);
            }
        });

        var columns = AggregationRules.Columns(totals, ids, latest, AsOf, transactions, c => $"customer '{ids[c]}'");
        return nonAscii == 0 ? columns.WithPrefixKeys(prefixKeys) : columns;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CustomerEntry[] AggregatePartition(ReadOnlyMemory<byte> memory, RangeResult[] ranges, int partition, bool hasOrderIds, PartitionScratch scratch, out SegmentationException? failure)
    {
        failure = null;
        var rows = 0;
        foreach (var range in ranges)
        {
            rows += range.RowsIn(partition);
        }

        if (rows == 0)
        {
            return [];
        }

        var data = memory.Span;
        var slots = scratch.Slots((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows * 2)));
        var entries = scratch.Entries(rows);
        var orders = hasOrderIds ? new HashSet<OrderKey>(new OrderKeyComparer(memory)) : null;
        var mask = slots.Length - 1;
        var count = 0;
        foreach (var range in ranges)
        {
            foreach (var row in range.Rows.AsSpan(range.PartitionStarts[partition], range.RowsIn(partition)))
            {
                var slot = (int)Utf8Values.Hash(row.Key0, row.Key1, row.IdLength) & mask;
                int customer;
                while (true)
                {
                    var occupant = slots[slot];
                    if (occupant == 0)
                    {
                        customer = count++;
                        slots[slot] = count;
                        entries[customer] = new CustomerEntry { Key0 = row.Key0, Key1 = row.Key1, IdStart = row.IdStart, IdLength = row.IdLength };
                        break;
                    }

                    ref var other = ref entries[occupant - 1];
                    if (other.Key0 == row.Key0 && other.Key1 == row.Key1 && other.IdLength == row.IdLength
                        && (row.IdLength <= 16 || data.Slice(other.IdStart, other.IdLength).SequenceEqual(data.Slice(row.IdStart, row.IdLength))))
                    {
                        customer = occupant - 1;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }

                // The library's rules for one line (exact sum, latest day, distinct orders).
                ref var entry = ref entries[customer];
                var startsOrder = orders is null || row.OrderLength == 0 || orders.Add(new OrderKey(customer, row.OrderStart, row.OrderLength));
                if (entry.Totals.Add(row.Day, row.Amount, startsOrder) != CustomerTotals.AddResult.Added)
                {
                    failure = SumError(data, entry, row.Amount);
                    return [];
                }
            }
        }

        return entries.AsSpan(0, count).ToArray();
    }

    // The rows are garbage once aggregated (154 MB for 3.5M transactions). Collected now, before
    // the 1M id strings exist (so the collection marks little), their memory is reused by the
    // customer columns, the sort and the scores, which would otherwise fault in fresh pages (about
    // 1 ms per MB on the 2-core test VM): system time -0.12 s, whole run -85 ms (docs/performance.md).
    private void ReleaseRows(RangeResult[] ranges, long transactions)
    {
        foreach (var range in ranges)
        {
            range.Rows = [];
        }

        if (transactions * Unsafe.SizeOf<ParsedRow>() > CollectRowsAbove)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SegmentationException SumError(ReadOnlySpan<byte> data, in CustomerEntry entry, decimal amount)
    {
        var id = Encoding.UTF8.GetString(data.Slice(entry.IdStart, entry.IdLength));
        return ExactMoney.OutOfRange($"Customer '{id}'", entry.Totals.Sum, amount, id);
    }
}
