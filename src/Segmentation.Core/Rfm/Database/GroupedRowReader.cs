using System.Data.Common;
using System.Globalization;

namespace Segmentation.Rfm;

/// <summary>
/// Reads the grouped query's rows straight from the provider's <see cref="DbDataReader"/> with
/// typed getters into <see cref="RowChunks{TId}"/>: no object per row, and an integer id stays a
/// <see cref="long"/>. The columns are found by the names the query's projection gives them.
/// </summary>
internal sealed class GroupedRowReader
{
    private readonly DbDataReader _reader;
    private readonly int _id;
    private readonly int _lastOrderedAt;
    private readonly int _orders;
    private readonly int _lines;
    private readonly int _monetary;
    private readonly bool _ordersAreInt32;
    private readonly bool _linesAreInt32;
    private readonly bool _idIsInt32;

    private GroupedRowReader(DbDataReader reader, int id, int lastOrderedAt, int orders, int lines, int monetary)
    {
        (_reader, _id, _lastOrderedAt, _orders, _lines, _monetary) = (reader, id, lastOrderedAt, orders, lines, monetary);
        _ordersAreInt32 = reader.GetFieldType(orders) == typeof(int);
        _linesAreInt32 = reader.GetFieldType(lines) == typeof(int);
        _idIsInt32 = reader.GetFieldType(id) == typeof(int);
    }

    /// <summary>
    /// Finds the columns, or returns <see langword="null"/> when the first row's values are not the
    /// types the default mappings give (a model's value converter changed them): the caller then lets
    /// the provider materialize the rows, converters included.
    /// </summary>
    public static GroupedRowReader? For(DbDataReader reader, bool integerId)
    {
        var id = Ordinal(reader, nameof(RfmCustomerRow.CustomerId));
        var orders = Ordinal(reader, nameof(RfmCustomerRow.Orders));
        // EF Core projects equal expressions once: without order ids, Lines is the Orders column.
        var lines = Ordinal(reader, nameof(RfmCustomerRow.Lines)) is var l and >= 0 ? l : orders;
        var lastOrderedAt = Ordinal(reader, nameof(RfmCustomerRow.LastOrderedAt));
        var monetary = Ordinal(reader, nameof(RfmCustomerRow.Monetary));
        if (id < 0 || orders < 0 || lastOrderedAt < 0 || monetary < 0)
        {
            return null;
        }

        // A NULL has no type in SQLite (its field type is not the column's): report it now, not
        // as the materializer's "data is NULL" after falling back to it.
        if (reader.IsDBNull(id))
        {
            throw RfmQueryableExtensions.NoCustomer();
        }

        if (reader.IsDBNull(monetary))
        {
            throw NoAmount();
        }

        var fits = (integerId ? IsInteger(reader.GetFieldType(id)) : reader.GetFieldType(id) == typeof(string))
            && IsInteger(reader.GetFieldType(orders)) && IsInteger(reader.GetFieldType(lines))
            && reader.GetFieldType(lastOrderedAt) is var date && (date == typeof(DateTime) || date == typeof(string))
            && reader.GetFieldType(monetary) is var money && (money == typeof(decimal) || money == typeof(string));
        return fits ? new GroupedRowReader(reader, id, lastOrderedAt, orders, lines, monetary) : null;
    }

    /// <summary>Adds the current row, whose id is an integer.</summary>
    public void AddNumeric(RowChunks<long> rows)
    {
        CheckId();
        var id = _idIsInt32 ? _reader.GetInt32(_id) : _reader.GetInt64(_id);
        rows.Add(id, LastOrderedAt(), Count(_orders, _ordersAreInt32), Count(_lines, _linesAreInt32), Monetary());
    }

    /// <summary>Adds the current row, whose id is text.</summary>
    public void AddText(RowChunks<string> rows)
    {
        CheckId();
        rows.Add(_reader.GetString(_id), LastOrderedAt(), Count(_orders, _ordersAreInt32), Count(_lines, _linesAreInt32), Monetary());
    }

    private static bool IsInteger(Type type) => type == typeof(int) || type == typeof(long);

    private static int Ordinal(DbDataReader reader, string name)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckId()
    {
        if (_reader.IsDBNull(_id))
        {
            throw RfmQueryableExtensions.NoCustomer();
        }
    }

    private DateTime LastOrderedAt() => _reader.IsDBNull(_lastOrderedAt)
        ? throw new SegmentationException("Some customers' orders have no date (the database's max of the order time is NULL). Every order needs one; filter them out or fix the column.", "orders.orderedAt")
        : _reader.GetDateTime(_lastOrderedAt);

    private static SegmentationException NoAmount() =>
        new("Some customers' orders have no amount (the database's sum of the amounts is NULL). Every order needs one; filter them out or fix the column.", "orders.amount");

    private decimal Monetary() => _reader.IsDBNull(_monetary) ? throw NoAmount() : _reader.GetDecimal(_monetary);

    private int Count(int ordinal, bool isInt32) => isInt32 ? _reader.GetInt32(ordinal) : checked((int)_reader.GetInt64(ordinal));

    /// <summary>The invariant text of an integer id, for error messages.</summary>
    public static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
