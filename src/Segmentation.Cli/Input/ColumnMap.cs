using nietras.SeparatedValues;

namespace Segmentation.Cli.Input;

/// <summary>Where the contract's columns sit in a file's header (order id -1 when absent).</summary>
internal readonly record struct ColumnMap(int CustomerId, int OrderDate, int Amount, int OrderId, int HeaderCount)
{
    public int MaxIndex => Math.Max(Math.Max(CustomerId, OrderDate), Math.Max(Amount, OrderId));

    public bool HasOrderIds => OrderId >= 0;

    public static ColumnMap From(SepReaderHeader header, TransactionColumns columns, string name) => From(header.ColNames, columns, name);

    public static ColumnMap From(IReadOnlyList<string> names, TransactionColumns columns, string name)
    {
        if (names.Count == 0)
        {
            throw new CsvInputException(name, 1, $"the file is empty; it needs a header row naming {columns.CustomerId}, {columns.OrderDate} and {columns.Amount}.");
        }

        return new ColumnMap(
            Required(names, columns.CustomerId, "--customer-column", name),
            Required(names, columns.OrderDate, "--date-column", name),
            Required(names, columns.Amount, "--amount-column", name),
            IndexOf(names, columns.OrderId),
            names.Count);
    }

    /// <summary>The index of a column the file must have; its absence is an error naming the file, the names found and the fix (<paramref name="option"/> when the column can be renamed).</summary>
    internal static int Required(IReadOnlyList<string> names, string column, string? option, string file)
    {
        var index = IndexOf(names, column);
        if (index < 0 && names.Count == 1 && HeaderLine.Detect(names[0]) is var looks && (looks != Delimiter.Comma || names[0].Contains(',', StringComparison.Ordinal)))
        {
            throw new CsvInputException(
                file,
                1,
                $"the header reads as one column '{names[0]}'; it looks {InputDialect.Name(looks)}-separated: pass --delimiter {InputDialect.Name(looks)}, or leave --delimiter out to detect it.");
        }

        if (index < 0)
        {
            throw new CsvInputException(
                file,
                1,
                option is null
                    ? $"the header has no column '{column}' (found: {string.Join(", ", names)}). Rename the column to '{column}'."
                    : $"the header has no column '{column}' (found: {string.Join(", ", names)}). Rename the column or pass {option} <name>.");
        }

        return index;
    }

    // Header names match exactly after trimming: the contract names are lower-case snake case.
    internal static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].AsSpan().Trim().SequenceEqual(column))
            {
                return i;
            }
        }

        return -1;
    }
}
