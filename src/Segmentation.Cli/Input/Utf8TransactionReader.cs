using System.Text.Unicode;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>
/// The fast path of <c>segment rfm</c> for the common file: UTF-8 without a single quote
/// character. The file is read whole, split at line boundaries into ranges parsed byte by byte on
/// all cores, the rows are grouped by a hash of the customer id, and each group is aggregated
/// with a small cache-resident table: no per-row strings, no second pass over the rows. Any file
/// it does not handle exactly like <see cref="TransactionCsvReader"/> (another dialect, quotes, a lone '\r',
/// invalid UTF-8, an unusual header, over <see cref="MaxBytes"/>) is left to that reader: <see cref="TryRead(string, InvalidRows, CancellationToken)"/> returns null.
/// </summary>
internal sealed partial class Utf8TransactionReader
{
    /// <summary>Readable bytes past the content, so an id's 16-byte key can be loaded anywhere.</summary>
    internal const int Padding = 16;

    /// <summary>
    /// The largest file the fast path reads: it keeps every parsed row (44 bytes each) until it
    /// aggregates, so at 256 MiB (some 10 million rows) its peak stays under 1 GiB with the map;
    /// a larger file streams through the general reader, whose memory grows with customers only.
    /// </summary>
    internal const long MaxBytes = 256L << 20;

    public required TransactionColumns Columns { get; init; }

    public bool SkipInvalid { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the file's dialect; the fast path reads only what <see cref="InputDialect.AllowsFastPath"/> allows.</summary>
    public InputDialect Dialect { get; init; } = InputDialect.Default;

    public Action<ReadProgress>? Progress { get; init; }

    /// <summary>Gets the target size of a range; 0 picks one from the file size and the core count (tests force small ranges).</summary>
    public int RangeBytes { get; init; }

    /// <summary>
    /// Gets the size of the parsed rows above which they are collected as soon as they are aggregated
    /// (44 bytes per transaction; tests lower it to take the path on small files).
    /// </summary>
    public long CollectRowsAbove { get; init; } = DefaultCollectRowsAbove;

    /// <summary>Gets the bytes left out at the end of the last read because the file grew while it was read and they did not end a row.</summary>
    public long DroppedBytes { get; private set; }

    private RowErrors Errors => field ??= new RowErrors(Columns, Dialect);

    private DateTextFormat DateFormat => Dialect.DateFormat;

    public CustomerColumns? TryRead(string path, InvalidRows invalid, CancellationToken cancellationToken)
    {
        using var stream = OpenInput(path);
        return TryRead(stream, path, invalid, cancellationToken);
    }

    /// <summary>Opens an input file for <see cref="TryRead(FileStream, string, InvalidRows, CancellationToken)"/>, unbuffered (it reads in large blocks).</summary>
    /// <remarks>
    /// Shared for writing, which the tool tolerates (<see cref="SnapshotStream"/>): a stream that
    /// forbids other writers caches its length, and a length that is stale while another process
    /// appends made mapping fail ("the capacity may not be smaller than the file size").
    /// </remarks>
    public static FileStream OpenInput(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.SequentialScan);

    /// <summary>
    /// Reads <paramref name="stream"/> from its start, or returns <see langword="null"/> when the fast
    /// path does not apply. A stream that cannot seek (a pipe, a FIFO, <c>/dev/stdin</c>) is not read
    /// at all, so the caller can stream it through the general reader.
    /// </summary>
    public CustomerColumns? TryRead(FileStream stream, string path, InvalidRows invalid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !Dialect.AllowsFastPath)
        {
            return null;
        }

        var length = stream.Length;
        if (length > MaxBytes)
        {
            return null;
        }

        // Mapped only under a read lease: no writer has the file open, and none can truncate it
        // (which would fault the reads) until the lease is released.
        using (var lease = ReadLease.TryTake(stream.SafeFileHandle))
        {
            length = stream.Length;
            using var mapped = lease is null || length > MaxBytes ? null : MappedInput.TryMap(stream, (int)length);
            if (mapped is not null)
            {
                return TryRead(path, mapped.Memory, (int)length, invalid, cancellationToken);
            }
        }

        if (length > MaxBytes)
        {
            return null;
        }

        var data = GC.AllocateUninitializedArray<byte>((int)length + Padding);
        data.AsSpan((int)length).Clear();
        var read = ReadAll(stream.SafeFileHandle, data, (int)length, cancellationToken);
        var now = stream.Length;
        if (read < length || now < length)
        {
            throw new InputChangedException(path, length, Math.Min(now, read));
        }

        // A file still being appended: only its whole rows, as the snapshot the general reader takes.
        var complete = SnapshotStream.Complete(data.AsSpan(0, (int)length), grew: now > length);
        if (complete < length)
        {
            data.AsSpan(complete, (int)length - complete).Clear();
            DroppedBytes = length - complete;
        }

        return TryRead(path, data, complete, invalid, cancellationToken);
    }

    /// <summary>Reads <paramref name="length"/> bytes of <paramref name="data"/>, which has <see cref="Padding"/> zero bytes after them.</summary>
    internal CustomerColumns? TryRead(string name, ReadOnlyMemory<byte> data, int length, InvalidRows invalid, CancellationToken cancellationToken)
    {
        var start = data.Span[..length].StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = data.Span[start..length];
        var headerEnd = content.IndexOf((byte)'\n');
        var header = headerEnd < 0 ? content : content[..headerEnd];
        if (header.EndsWith((byte)'\r'))
        {
            header = header[..^1];
        }

        // The body's ranges check themselves for quotes, invalid UTF-8 and '\r' on all cores.
        if (header.IsEmpty || header.Contains((byte)'\r') || header.Contains((byte)'"') || !Utf8.IsValid(header))
        {
            return null;
        }

        // One column may be another delimiter, duplicate names an error: the general reader
        // detects the one and words the other.
        var names = System.Text.Encoding.UTF8.GetString(header).Split(',');
        if ((names.Length == 1 && Dialect.Delimiter == Delimiter.Auto) || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            return null;
        }

        var map = ColumnMap.From(names, Columns, name);
        var bodyStart = headerEnd < 0 ? length : start + headerEnd + 1;
        var ranges = ParseRanges(data, bodyStart, length, map, cancellationToken);
        if (ranges is null)
        {
            return null;
        }

        ReportInvalid(name, ranges, invalid);
        return Aggregate(data, ranges, map.HasOrderIds, cancellationToken);
    }

    // Page faults of the fresh array and the copy from the page cache are most of a read: both cores share them.
    private static long ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] data, int length, CancellationToken cancellationToken)
    {
        const int MinChunk = 8 << 20;
        var chunks = Math.Clamp(length / MinChunk, 1, Environment.ProcessorCount);
        var chunk = length / chunks;
        long shortAt = length;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var from = c * chunk;
            var to = c == chunks - 1 ? length : from + chunk;
            while (from < to)
            {
                var n = RandomAccess.Read(handle, data.AsSpan(from, to - from), from);
                if (n == 0)
                {
                    InterlockedMinimum.Lower(ref shortAt, from);
                    return;
                }

                from += n;
            }
        });
        return shortAt;
    }

    private void ReportInvalid(string name, RangeResult[] ranges, InvalidRows invalid)
    {
        // Ranges are in file order and each range's lines are complete up to its first error, so
        // the first range with an error holds the file's first bad line, at an exact line number.
        long line = 1;
        foreach (var range in ranges)
        {
            foreach (var (local, reason) in range.Examples)
            {
                var error = new CsvInputException(name, line + local, reason);
                if (!SkipInvalid)
                {
                    throw error;
                }

                invalid.Add(error);
            }

            invalid.AddUnlisted(range.InvalidCount - range.Examples.Count);
            line += range.Lines;
        }
    }
}
