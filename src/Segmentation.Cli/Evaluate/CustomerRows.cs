using Segmentation.Catalog;
using Segmentation.Cli.Input;
using Segmentation.Privacy;

namespace Segmentation.Cli.Evaluate;

/// <summary>
/// Customer rows of <c>segment evaluate</c>: a CSV whose header names the columns; one column is
/// the id, the others become custom fields whose kinds are inferred from the values.
/// </summary>
internal sealed class CustomerRows
{
    private CustomerRows(IReadOnlyList<string> ids, IReadOnlyList<Dictionary<string, object?>> rows, CustomFieldSchema schema)
    {
        Ids = ids;
        Rows = rows;
        Schema = schema;
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<Dictionary<string, object?>> Rows { get; }

    public CustomFieldSchema Schema { get; }

    public FieldCatalog Catalog() =>
        FieldCatalog.For<Dictionary<string, object?>>()
            .AddCustomFields(Schema, (row, name) => row.GetValueOrDefault(name))
            .Build();

    /// <summary>Reads the rows, leaving out the customers of <paramref name="suppressed"/> before anything else (the kinds are inferred without their cells).</summary>
    public static CustomerRows Read(string path, string name, string idColumn, SuppressionList? suppressed, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        using var text = new StreamReader(new Utf8CheckedStream(stream, name), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var headerLine = text.ReadLine() ?? string.Empty;
        if (headerLine.Length > 0 && headerLine[0] == '\uFEFF')
        {
            headerLine = headerLine[1..];
        }

        var header = headerLine.Length == 0 ? [] : HeaderLine.Names(headerLine, Delimiter.Comma, name);
        var idIndex = Array.IndexOf(header, idColumn);
        if (idIndex < 0)
        {
            throw new CsvInputException(name, 1, $"the header has no '{idColumn}' column (it has {string.Join(", ", header)}); name the id column or pass --id-column.");
        }

        var fields = Enumerable.Range(0, header.Length).Where(i => i != idIndex).ToArray();
        var ids = new List<string>();
        var raw = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SeparatedRows.Read(text, ',', name, (line, row) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.ColCount != header.Length)
            {
                throw new CsvInputException(name, line, RowErrors.ColumnCount(row.ColCount, header.Length));
            }

            var id = row[idIndex].ToString();
            if (suppressed?.Contains(id) == true)
            {
                return;
            }

            if (id.Length == 0 || !seen.Add(id))
            {
                throw new CsvInputException(name, line, id.Length == 0 ? $"'{idColumn}' is empty." : $"the customer id '{id}' appears twice; ids must be unique.");
            }

            ids.Add(id);
            var cells = new string[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                cells[f] = row[fields[f]].ToString();
            }

            raw.Add(cells);
        });

        return FromCells(header, fields, ids, raw);
    }

    /// <summary>
    /// The rows from their cells as text (one per field column, in <paramref name="fields"/> order):
    /// every column's kind is inferred from its cells, so a file and a table of the same values give
    /// the same fields.
    /// </summary>
    public static CustomerRows FromCells(IReadOnlyList<string> header, int[] fields, List<string> ids, List<string[]> raw)
    {
        var kinds = new FieldKind[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            kinds[f] = CellKinds.Infer(raw.Select(r => r[f]));
        }

        var rows = new List<Dictionary<string, object?>>(raw.Count);
        foreach (var cells in raw)
        {
            var values = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
            for (var f = 0; f < fields.Length; f++)
            {
                values[header[fields[f]]] = CellKinds.Parse(cells[f], kinds[f]);
            }

            rows.Add(values);
        }

        var schema = new CustomFieldSchema(fields.Select((c, f) => new CustomFieldDefinition(header[c], kinds[f])));
        return new CustomerRows(ids, rows, schema);
    }
}
