using System.Globalization;
using nietras.SeparatedValues;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>
/// Reads the transaction CSV contract (docs/cli.md) into a <see cref="TransactionTable"/>:
/// comma-separated, RFC 4180 quoting, a header row naming the columns, UTF-8.
/// </summary>
internal sealed class TransactionCsvReader
{
    private const int ProgressEvery = 1 << 16;

    public required TransactionColumns Columns { get; init; }

    /// <summary>Gets a value indicating whether bad rows are counted and skipped instead of stopping the run.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Gets the as-of date; a row dated after it is invalid (checked here to name its line).</summary>
    public DateOnly? AsOf { get; init; }

    public Action<ReadProgress>? Progress { get; init; }

    private RowErrors Errors => field ??= new RowErrors(Columns);

    public TransactionTable Read(string path, InvalidRows invalid, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(path, stream, invalid, cancellationToken);
    }

    /// <summary>Reads UTF-8 text (a BOM is honoured) from <paramref name="stream"/>'s current position; <paramref name="name"/> names it in errors.</summary>
    public TransactionTable Read(string name, Stream stream, InvalidRows invalid, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        return Read(name, text, stream, invalid, cancellationToken);
    }

    public TransactionTable Read(string name, TextReader text, Stream? stream, InvalidRows invalid, CancellationToken cancellationToken)
    {
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);

        var map = ColumnMap.From(reader.Header, Columns, name);
        var capacity = stream is { CanSeek: true } ? (int)Math.Clamp(stream.Length / 24, 1024, 1 << 26) : 1024;
        var table = new TransactionTable(map.OrderId >= 0, capacity);
        var total = stream is { CanSeek: true } ? stream.Length : 0;
        long rows = 0;
        foreach (var row in reader)
        {
            if ((++rows & (ProgressEvery - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Progress?.Invoke(new ReadProgress(rows, stream?.Position ?? 0, total));
            }

            var error = TryAdd(row, map, table);
            if (error is not null)
            {
                var exception = new CsvInputException(name, row.LineNumberFrom, error);
                if (!SkipInvalid)
                {
                    throw exception;
                }

                invalid.Add(exception);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        table.Seal(cancellationToken);
        Progress?.Invoke(new ReadProgress(rows, total, total));
        return table;
    }

    private string? TryAdd(SepReader.Row row, ColumnMap map, TransactionTable table)
    {
        if (row.ColCount <= map.MaxIndex)
        {
            return Errors.ColumnCount(row.ColCount, map);
        }

        var id = row[map.CustomerId].Span;
        var error = TryParseFields(id, row[map.OrderDate].Span, row[map.Amount].Span, out var date, out var amount);
        if (error is null)
        {
            table.Add(id, date, amount, map.OrderId >= 0 ? row[map.OrderId].Span.Trim() : default);
        }

        return error;
    }

    /// <summary>Checks and parses one row's fields; returns the reason it is invalid, or null.</summary>
    private string? TryParseFields(ReadOnlySpan<char> id, ReadOnlySpan<char> dateText, ReadOnlySpan<char> amountText, out DateOnly date, out decimal amount)
    {
        amount = 0;
        var errors = Errors;
        if (!CsvValues.TryParseDate(dateText, out date))
        {
            return id.IsWhiteSpace() ? errors.EmptyId() : errors.BadDate(dateText);
        }

        if (id.IsWhiteSpace())
        {
            return errors.EmptyId();
        }

        if (date > AsOf)
        {
            return errors.AfterAsOf(date, AsOf.Value);
        }

        var parsed = CsvValues.TryParseAmount(amountText, out amount);
        return parsed == MoneyParse.Parsed ? null : errors.BadAmount(amountText, parsed);
    }
}
