using Segmentation.CustomerTypes;

namespace Segmentation.Cli.Input;

/// <summary>
/// Reads one activity file of <c>segment types</c> (<see cref="ActivitySource"/>) into the library's
/// <see cref="CustomerProfileBuilder"/>, which joins every file by customer id. The file is read
/// like a transaction file by the general reader: any dialect, RFC 4180 quoting, UTF-8 checked, a
/// file that grows read as it was when opened; every bad row named by file and line.
/// </summary>
internal sealed partial class ActivityCsvReader
{
    private const int ProgressEvery = 1 << 14;

    public required ActivitySource Source { get; init; }

    public InputDialect Dialect { get; init; } = InputDialect.Default;

    /// <summary>Gets a value indicating whether bad rows are counted and skipped instead of stopping the run.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Gets the as-of date; a row dated after it is invalid, as in <c>segment rfm</c>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Gets the customers whose rows are dropped before the as-of check: in <c>segment report</c> the
    /// as-of comes from the RFM run, which never saw their rows, so a listed customer's later row is
    /// not an error (the library leaves them out of every type all the same).
    /// </summary>
    public Segmentation.Privacy.SuppressionList? Suppressed { get; init; }

    public Action<ReadProgress>? Progress { get; init; }

    /// <summary>Gets the bytes left out at the end because the file grew while it was read and they did not end a row.</summary>
    public long DroppedBytes { get; private set; }

    /// <summary>Reads <paramref name="stream"/> into <paramref name="builder"/>; <paramref name="name"/> names the file in errors.</summary>
    /// <returns>The rows read, valid or not.</returns>
    public long Read(string name, Stream stream, CustomerProfileBuilder builder, InvalidRows invalid, CancellationToken cancellationToken)
    {
        var snapshot = stream is FileStream { CanSeek: true } file ? new SnapshotStream(file, name) : null;
        Stream source = snapshot ?? stream;
        if (Dialect.Encoding == InputEncoding.Utf8)
        {
            source = new Utf8CheckedStream(source, name);
        }

        using var text = new StreamReader(source, Dialect.TextEncoding, detectEncodingFromByteOrderMarks: Dialect.Encoding == InputEncoding.Utf8, 1 << 16, leaveOpen: true);
        var total = snapshot?.SnapshotLength ?? 0;
        var rows = Read(name, text, builder, invalid, () => snapshot?.Position ?? 0, total, cancellationToken);
        DroppedBytes = snapshot?.DroppedBytes ?? 0;
        return rows;
    }

    public long Read(string name, TextReader text, CustomerProfileBuilder builder, InvalidRows invalid, Func<long>? position, long total, CancellationToken cancellationToken)
    {
        var header = text.ReadLine() ?? string.Empty;
        if (header.Length > 0 && header[0] == '\uFEFF')
        {
            header = header[1..];
        }

        var delimiter = Dialect.Delimiter == Delimiter.Auto ? HeaderLine.Detect(header) : Dialect.Delimiter;
        var names = header.Length == 0 ? [] : HeaderLine.Names(header, delimiter, name);
        var rows = new Rows(this, name, Map(names, name), names.Length, builder, invalid, position, total, cancellationToken);
        if (delimiter == Delimiter.Whitespace)
        {
            var line = 1L;
            while (text.ReadLine() is { } content)
            {
                rows.Add(++line, content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            }
        }
        else
        {
            // Only the source's columns become strings; the others stay null.
            var fields = new string[names.Length];
            var used = rows.Columns;
            SeparatedRows.Read(text, InputDialect.Separator(delimiter), name, (line, row) =>
            {
                if (row.ColCount != fields.Length)
                {
                    rows.Add(line, new string[row.ColCount]);
                    return;
                }

                foreach (var i in used)
                {
                    fields[i] = row[i].ToString();
                }

                rows.Add(line, fields);
            });
        }

        cancellationToken.ThrowIfCancellationRequested();
        Progress?.Invoke(new ReadProgress(rows.Count, total, total));
        return rows.Count;
    }

    /// <summary>Where each of the source's columns sits in the header (-1 for an optional column the file lacks).</summary>
    private int[] Map(string[] names, string file)
    {
        if (names.Length == 0)
        {
            var required = string.Join(", ", Source.Columns.Where(c => c.Required).Select(c => c.Name));
            throw new CsvInputException(file, 1, $"the file is empty; it needs a header row naming {required}.");
        }

        return [.. Source.Columns.Select(c => c.Required ? ColumnMap.Required(names, c.Name, c.Option, file) : ColumnMap.IndexOf(names, c.Name))];
    }
}
