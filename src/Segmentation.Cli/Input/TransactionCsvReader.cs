using Segmentation.Rfm;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>
/// The general reader of the transaction contract (docs/cli.md): any dialect (<see cref="InputDialect"/>),
/// RFC 4180 quoting, a header row naming the columns. Rows are checked here, where their line is
/// known, and streamed into the library's aggregation (<see cref="TransactionChunks"/>): memory
/// holds one chunk of rows and one entry per customer, whatever the file's size.
/// </summary>
internal sealed class TransactionCsvReader
{
    private const int ProgressEvery = 1 << 16;

    public required TransactionColumns Columns { get; init; }

    /// <summary>Gets a value indicating whether bad rows are counted and skipped instead of stopping the run.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Gets the as-of date; a row dated after it is invalid (checked here to name its line).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the date of an earlier snapshot: the rows dated before it are also aggregated as of it, in the same pass.</summary>
    public DateOnly? PreviousAsOf { get; init; }

    public InputDialect Dialect { get; init; } = InputDialect.Default;

    public Action<ReadProgress>? Progress { get; init; }

    /// <summary>Gets a receiver of every valid row, for a command that needs the rows themselves (<c>segment predict</c>).</summary>
    public Action<RfmTransaction>? OnRow { get; init; }

    /// <summary>Gets the customers whose rows are dropped after they are checked, before aggregation (--suppress).</summary>
    public Segmentation.Privacy.SuppressionList? Suppressed { get; init; }

    /// <summary>Gets the bytes left out at the end because the file grew while it was read and they did not end a row.</summary>
    public long DroppedBytes { get; private set; }

    private RowErrors Errors => field ??= new RowErrors(Columns, Dialect);

    public AggregatedInput Read(string path, InvalidRows invalid, CancellationToken cancellationToken)
    {
        using var stream = Utf8TransactionReader.OpenInput(path);
        return Read(path, stream, invalid, cancellationToken);
    }

    /// <summary>Reads <paramref name="stream"/> from its current position; <paramref name="name"/> names it in errors.</summary>
    public AggregatedInput Read(string name, Stream stream, InvalidRows invalid, CancellationToken cancellationToken)
    {
        // A regular file is read as the snapshot it was when opened (a file still being appended).
        var snapshot = stream is FileStream { CanSeek: true } file ? new SnapshotStream(file, name) : null;
        Stream source = snapshot ?? stream;
        if (Dialect.Encoding == InputEncoding.Utf8)
        {
            source = new Utf8CheckedStream(source, name);
        }

        using var text = new StreamReader(source, Dialect.TextEncoding, detectEncodingFromByteOrderMarks: Dialect.Encoding == InputEncoding.Utf8, 1 << 16, leaveOpen: true);
        var total = snapshot?.SnapshotLength ?? 0;
        var result = Read(name, text, () => snapshot?.Position ?? 0, total, invalid, cancellationToken);
        DroppedBytes = snapshot?.DroppedBytes ?? 0;
        return result;
    }

    public AggregatedInput Read(string name, TextReader text, Func<long>? position, long total, InvalidRows invalid, CancellationToken cancellationToken)
    {
        var header = text.ReadLine() ?? string.Empty;
        if (header.Length > 0 && header[0] == '\uFEFF')
        {
            header = header[1..];
        }

        var delimiter = Dialect.Delimiter == Delimiter.Auto ? HeaderLine.Detect(header) : Dialect.Delimiter;
        var map = ColumnMap.From(header.Length == 0 ? [] : HeaderLine.Names(header, delimiter, name), Columns, name);
        var rows = new Rows(this, name, map, invalid, position, total, cancellationToken);
        if (delimiter == Delimiter.Whitespace)
        {
            ReadWhitespace(text, rows);
        }
        else
        {
            ReadSeparated(text, InputDialect.Separator(delimiter), rows, name);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Progress?.Invoke(new ReadProgress(rows.Count, total, total));
        return rows.Finish();
    }

    private static void ReadSeparated(TextReader text, char separator, Rows rows, string name) =>
        SeparatedRows.Read(text, separator, name, (line, row) =>
        {
            var map = rows.Map;
            if (row.ColCount != map.HeaderCount)
            {
                rows.Invalid(line, RowErrors.ColumnCount(row.ColCount, map));
                return;
            }

            rows.Add(line, row[map.CustomerId].Span, row[map.OrderDate].Span, row[map.Amount].Span, map.OrderId >= 0 ? row[map.OrderId].Span : default);
        });

    private static void ReadWhitespace(TextReader text, Rows rows)
    {
        var line = 1L;
        var count = rows.Map.HeaderCount;
        Span<Range> fields = new Range[count + 1];
        while (text.ReadLine() is { } content)
        {
            line++;
            var span = content.AsSpan();
            var found = 0;
            var i = 0;
            while (found <= count)
            {
                while (i < span.Length && span[i] is ' ' or '\t')
                {
                    i++;
                }

                if (i == span.Length)
                {
                    break;
                }

                var start = i;
                while (i < span.Length && span[i] is not (' ' or '\t'))
                {
                    i++;
                }

                fields[found++] = start..i;
            }

            if (found != count)
            {
                var all = found <= count ? found : span.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
                rows.Invalid(line, RowErrors.ColumnCount(all, rows.Map));
                continue;
            }

            var map = rows.Map;
            rows.Add(line, span[fields[map.CustomerId]], span[fields[map.OrderDate]], span[fields[map.Amount]], map.OrderId >= 0 ? span[fields[map.OrderId]] : default);
        }
    }

    /// <summary>The checks and the aggregation of one pass: every row goes through <see cref="Add"/> or <see cref="Invalid"/>.</summary>
    private sealed class Rows(TransactionCsvReader reader, string name, ColumnMap map, InvalidRows invalid, Func<long>? position, long total, CancellationToken cancellationToken)
    {
        private readonly TransactionChunks _current = new(reader.AsOf);
        private readonly TransactionChunks? _previous = reader.PreviousAsOf is { } cut ? new(cut) : null;

        public ColumnMap Map => map;

        public RowErrors Errors => reader.Errors;

        public long Count { get; private set; }

        public void Add(long line, ReadOnlySpan<char> id, ReadOnlySpan<char> dateText, ReadOnlySpan<char> amountText, ReadOnlySpan<char> orderText)
        {
            Tick();
            var error = Check(id, dateText, amountText, out var date, out var amount);
            if (error is not null)
            {
                Invalid(line, error);
                return;
            }

            // A string per row, not an interned one: a lookup in one table of every customer costs
            // cache misses per row (half the time in a profile); the library's partitions keep
            // one string per customer, and the rest are short-lived garbage.
            var order = orderText.Trim();
            var transaction = new RfmTransaction(id.ToString(), date.ToDateTime(TimeOnly.MinValue), amount, order.IsEmpty ? null : order.ToString());
            if (reader.Suppressed?.Contains(transaction.CustomerId) == true)
            {
                return;
            }

            _current.Add(transaction, cancellationToken);
            reader.OnRow?.Invoke(transaction);
            if (_previous is not null && date < reader.PreviousAsOf)
            {
                _previous.Add(transaction, cancellationToken);
            }
        }

        public void Invalid(long line, string reason)
        {
            var exception = new CsvInputException(name, line, reason);
            if (!reader.SkipInvalid)
            {
                throw exception;
            }

            invalid.Add(exception);
        }

        public AggregatedInput Finish() => new(_current.Finish(cancellationToken), _previous?.Finish(cancellationToken));

        private void Tick()
        {
            if ((++Count & (ProgressEvery - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Progress?.Invoke(new ReadProgress(Count, position?.Invoke() ?? 0, total));
            }
        }

        /// <summary>Checks and parses one row's fields; returns the reason it is invalid, or null.</summary>
        private string? Check(ReadOnlySpan<char> id, ReadOnlySpan<char> dateText, ReadOnlySpan<char> amountText, out DateOnly date, out decimal amount)
        {
            amount = 0;
            var errors = reader.Errors;
            if (!reader.Dialect.TryParseDate(dateText, out date))
            {
                return id.IsWhiteSpace() ? errors.EmptyId() : errors.BadDate(dateText);
            }

            if (id.IsWhiteSpace())
            {
                return errors.EmptyId();
            }

            if (date > reader.AsOf)
            {
                return errors.AfterAsOf(date, reader.AsOf.Value);
            }

            var parsed = reader.Dialect.TryParseAmount(amountText, out amount);
            return parsed == MoneyParse.Parsed ? null : errors.BadAmount(amountText, parsed);
        }
    }
}

/// <summary>The customers' columns of one read: as of the run's date, and as of an earlier date when one was asked for.</summary>
internal sealed record AggregatedInput(CustomerColumns Current, CustomerColumns? Previous);
