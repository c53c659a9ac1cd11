using System.Globalization;
using nietras.SeparatedValues;
using Segmentation.Catalog;
using Segmentation.Cli.Input;

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

    public static CustomerRows Read(string path, string name, string idColumn, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(','),
            HasHeader = true,
            Unescape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);
        var header = reader.Header.ColNames;
        var idIndex = -1;
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], idColumn, StringComparison.Ordinal))
            {
                idIndex = i;
                break;
            }
        }

        if (idIndex < 0)
        {
            throw new CsvInputException(name, 1, $"the header has no '{idColumn}' column (it has {string.Join(", ", header)}); name the id column or pass --id-column.");
        }

        var fields = Enumerable.Range(0, header.Count).Where(i => i != idIndex).ToArray();
        var ids = new List<string>();
        var raw = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = row[idIndex].ToString();
            if (id.Length == 0 || !seen.Add(id))
            {
                throw new CsvInputException(name, row.LineNumberFrom, id.Length == 0 ? $"'{idColumn}' is empty." : $"the customer id '{id}' appears twice; ids must be unique.");
            }

            ids.Add(id);
            var cells = new string[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                cells[f] = row[fields[f]].ToString();
            }

            raw.Add(cells);
        }

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
