using System.Collections;
using System.Data.Common;
using System.Globalization;
using Segmentation.Cli.Evaluate;
using Segmentation.Privacy;

namespace Segmentation.Cli.Database;

/// <summary>
/// The customers of <c>segment evaluate --connection</c>: every column but the id is a field, each
/// value is written as the text a CSV export would hold (<see cref="CellText"/>), and the kinds are
/// inferred from those cells as for a file, so a table and its CSV export give the same fields and
/// the same segments. Rows come in ordinal customer-id order (a table has none of its own). The
/// customers of a suppression list are dropped from the stream as the rows arrive, before the kinds
/// are inferred: the table's query is the user's (a name or any SELECT), so no predicate is added to it.
/// </summary>
internal static class DatabaseCustomers
{
    public static CustomerRows Read(DatabaseSource source, string idColumn, SuppressionList? suppressed, CancellationToken cancellationToken)
    {
        _ = source.Column(idColumn, "--id-column");
        var header = source.Columns;
        var idIndex = header.ToList().IndexOf(idColumn);
        var fields = Enumerable.Range(0, header.Count).Where(i => i != idIndex).ToArray();
        var rows = source.Run(() => ReadRows(source, header, idIndex, suppressed, cancellationToken), $"could not read the customers of {(source.Name == "query" ? "the query" : $"'{source.Name}'")}");
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rowId, _) in rows)
        {
            if (rowId.Length == 0 || !seen.Add(rowId))
            {
                throw new SegmentationException(
                    rowId.Length == 0 ? $"{source.Name}: a row has no '{idColumn}' (null or empty)." : $"{source.Name}: the customer id '{rowId}' appears twice; ids must be unique.",
                    idColumn);
            }
        }

        return CustomerRows.FromCells(header, fields, [.. rows.Select(r => r.Id)], [.. rows.Select(r => fields.Select(f => r.Cells[f]).ToArray())]);
    }

    private static List<(string Id, string[] Cells)> ReadRows(DatabaseSource source, IReadOnlyList<string> header, int idIndex, SuppressionList? suppressed, CancellationToken cancellationToken)
    {
        using var command = source.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {source.From}";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string[])>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new string[header.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellText(reader, i, header[i]);
            }

            if (suppressed?.Contains(cells[idIndex]) != true)
            {
                rows.Add((cells[idIndex], cells));
            }
        }

        return rows;
    }

    /// <summary>A value as a CSV export writes it: invariant numbers, true/false, ISO dates and date-times (UTC with Z), empty for null.</summary>
    internal static string CellText(DbDataReader reader, int ordinal, string column)
    {
        if (reader.IsDBNull(ordinal))
        {
            return string.Empty;
        }

        var value = reader.GetValue(ordinal);
        var isDate = string.Equals(reader.GetDataTypeName(ordinal), "date", StringComparison.OrdinalIgnoreCase);
        return value switch
        {
            string text => text,
            bool flag => flag ? "true" : "false",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime date when isDate => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime instant when instant.Kind == DateTimeKind.Utc => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            DateTime local => local.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            float number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable and not byte[] => throw new SegmentationException($"The column '{column}' holds lists (an array type); the tool reads one value per column. Select it as text in --query, or leave it out.", column),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
