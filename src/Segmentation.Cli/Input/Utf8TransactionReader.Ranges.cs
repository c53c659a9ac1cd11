using System.Runtime.CompilerServices;
using System.Buffers;
using System.Numerics;
using System.Text.Unicode;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <content>Phase 1: parse line-aligned ranges of the file on all cores, rows grouped by id hash.</content>
internal sealed partial class Utf8TransactionReader
{
    private const int ProgressEvery = 1 << 16;

    // The shortest valid row, "a,2024-01-01,1", bounds a range's row count by its length.
    private const int MinRowBytes = 14;

    // Small ranges keep each worker's parse buffer small and reused (fresh memory is slow to
    // touch), while a range still holds tens of thousands of rows, so per-range costs stay small.
    private const int DefaultRangeBytes = 1 << 20;

    /// <summary>About 750,000 transactions of rows: below it, a forced collection costs more than it returns.</summary>
    internal const long DefaultCollectRowsAbove = 32L << 20;

    private int _partitionBits;
    private long _firstErrorRange;
    private ProgressCounter? _progress;

    private int Partitions => 1 << _partitionBits;

    private RangeResult[]? ParseRanges(ReadOnlyMemory<byte> data, int bodyStart, int length, ColumnMap map, CancellationToken cancellationToken)
    {
        var body = length - bodyStart;
        // About one partition per megabyte of rows (some 30,000 rows): its table stays in a core's
        // L2 cache, and the scatter writes to few enough places to stay fast (64 to 1024 measured).
        _partitionBits = Math.Clamp(BitOperations.Log2((uint)Math.Max(1, body >> 20)) + 1, 4, 12);
        _firstErrorRange = long.MaxValue;
        _progress = Progress is null ? null : new ProgressCounter(Progress, length);
        var target = RangeBytes > 0 ? RangeBytes : DefaultRangeBytes;
        var bounds = new List<int> { bodyStart };
        while (bounds[^1] < length)
        {
            var from = bounds[^1];
            var next = (int)Math.Min(length, (long)from + target);
            if (next < length)
            {
                var newline = data.Span[next..length].IndexOf((byte)'\n');
                next = newline < 0 ? length : next + newline + 1;
            }

            bounds.Add(next);
        }

        var ranges = new RangeResult[bounds.Count - 1];
        Parallel.For(0, ranges.Length, new ParallelOptions { CancellationToken = cancellationToken }, r =>
            ranges[r] = ParseRange(data, bounds[r], bounds[r + 1], r, map, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return ranges.Any(r => r.NeedsGeneralReader) ? null : ranges;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RangeResult ParseRange(ReadOnlyMemory<byte> memory, int start, int end, int index, ColumnMap map, CancellationToken cancellationToken)
    {
        var result = new RangeResult();
        var data = memory.Span;
        var bytes = data[start..end];
        if (bytes.Contains((byte)'"') || !Utf8.IsValid(bytes))
        {
            result.NeedsGeneralReader = true;
            return result;
        }

        var hasCarriageReturns = bytes.Contains((byte)'\r');
        var flat = ArrayPool<ParsedRow>.Shared.Rent(((end - start) / MinRowBytes) + 1);
        var partitions = ArrayPool<ushort>.Shared.Rent(flat.Length);
        var histogram = new int[Partitions + 1];
        var shift = 64 - _partitionBits;
        var count = 0;
        long line = 0;
        var latest = int.MinValue;
        var pos = start;
        var reported = start;

        // One scan per line finds the commas and the newline; one comma more than the header has
        // already makes the row invalid, so the rest of a long line is left to IndexOf.
        var need = map.HeaderCount - 1;
        var commas = new int[need + 1];
        while (pos < end)
        {
            var found = 0;
            var i = pos;
            if (pos + LineScan.Width <= end && LineScan.TryFind(data, pos, need, commas, ref found, out var newline))
            {
                i = newline;
            }
            else
            {
                ScanScalar(data, end, need, commas, ref found, ref i);
            }

            var next = i < end ? i + 1 : end;
            var contentEnd = i > pos && data[i - 1] == '\r' ? i - 1 : i;
            line++;
            if (hasCarriageReturns && data[pos..contentEnd].Contains((byte)'\r'))
            {
                result.NeedsGeneralReader = true;
                break;
            }

            var error = ParseLine(data, pos, contentEnd, commas, found, map, out var row);
            if (error is null)
            {
                var partition = (int)(Utf8Values.Hash(row.Key0, row.Key1, row.IdLength) >> shift);
                partitions[count] = (ushort)partition;
                flat[count++] = row;
                histogram[partition + 1]++;
                latest = Math.Max(latest, row.Day);
            }
            else
            {
                result.InvalidCount++;
                if (result.Examples.Count < InvalidRows.MaxExamples)
                {
                    result.Examples.Add((line, error));
                }

                if (!SkipInvalid)
                {
                    InterlockedMinimum.Lower(ref _firstErrorRange, index);
                    break;
                }
            }

            pos = next;
            if ((line & (ProgressEvery - 1)) == 0)
            {
                if (cancellationToken.IsCancellationRequested || Volatile.Read(ref _firstErrorRange) < index)
                {
                    break;
                }

                _progress?.Add(ProgressEvery, pos - reported);
                reported = pos;
            }
        }

        _progress?.Add(line & (ProgressEvery - 1), pos - reported);
        result.Lines = line;
        result.LatestDay = latest;
        Scatter(flat, partitions, count, histogram, result);
        ArrayPool<ParsedRow>.Shared.Return(flat);
        ArrayPool<ushort>.Shared.Return(partitions);
        return result;
    }

    // The general case (a line longer than one vector, or the range's last bytes): byte by byte.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ScanScalar(ReadOnlySpan<byte> data, int end, int need, int[] commas, ref int found, ref int i)
    {
        for (; i < end; i++)
        {
            var b = data[i];
            if (b == (byte)'\n')
            {
                return;
            }

            if (b == (byte)',')
            {
                commas[found++] = i;
                if (found > need)
                {
                    var newlineAfter = data[i..end].IndexOf((byte)'\n');
                    i = newlineAfter < 0 ? end : i + newlineAfter;
                    return;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(ParsedRow[] flat, ushort[] partitions, int count, int[] histogram, RangeResult result)
    {
        // A counting sort by partition keeps file order within each partition (sums add up in row order).
        for (var p = 1; p < histogram.Length; p++)
        {
            histogram[p] += histogram[p - 1];
        }

        result.PartitionStarts = (int[])histogram.Clone();
        var rows = GC.AllocateUninitializedArray<ParsedRow>(count);
        for (var i = 0; i < count; i++)
        {
            rows[histogram[partitions[i]]++] = flat[i];
        }

        result.Rows = rows;
    }
}
