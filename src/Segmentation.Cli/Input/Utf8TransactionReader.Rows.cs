using System.Runtime.CompilerServices;
using System.Text;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <content>One line of the fast path: fields by comma, checked in the order and with the words of <see cref="TransactionCsvReader"/>.</content>
internal sealed partial class Utf8TransactionReader
{
    /// <summary>
    /// Parses the line from <paramref name="lineStart"/> to <paramref name="contentEnd"/>, whose
    /// first <paramref name="found"/> commas are at <paramref name="commas"/> (column <c>c</c> ends
    /// at comma <c>c</c>, the last one at the content's end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ParseLine(ReadOnlySpan<byte> data, int lineStart, int contentEnd, int[] commas, int found, ColumnMap map, out ParsedRow row)
    {
        row = default;
        if (found != map.HeaderCount - 1)
        {
            // The scan stops one separator past the header's count: count them all (error path only).
            return RowErrors.ColumnCount(data[lineStart..contentEnd].Count((byte)',') + 1, map);
        }

        var id = Field(data, map.CustomerId);
        var dateText = Field(data, map.OrderDate);
        if (!Utf8Values.TryParseDay(dateText, DateFormat, out var day))
        {
            return Utf8Values.IsBlank(id) ? Errors.EmptyId() : Errors.BadDate(Encoding.UTF8.GetString(dateText));
        }

        if (Utf8Values.IsBlank(id))
        {
            return Errors.EmptyId();
        }

        if (AsOf is { } asOf && day > asOf.DayNumber)
        {
            return Errors.AfterAsOf(DateOnly.FromDayNumber(day), asOf);
        }

        var amountText = Field(data, map.Amount);
        var parsed = MoneyText.TryParse(amountText, out var amount);
        if (parsed != MoneyParse.Parsed)
        {
            return Errors.BadAmount(Encoding.UTF8.GetString(amountText), parsed);
        }

        var idStart = Start(map.CustomerId);
        var (key0, key1) = Utf8Values.Key(data, idStart, id.Length);
        var (orderStart, orderLength) = map.HasOrderIds
            ? Utf8Values.Trim(data, Start(map.OrderId), Field(data, map.OrderId).Length)
            : (0, 0);
        row = new ParsedRow(key0, key1, amount, day, idStart, id.Length, orderStart, orderLength);
        return null;

        int Start(int column) => column == 0 ? lineStart : commas[column - 1] + 1;

        ReadOnlySpan<byte> Field(ReadOnlySpan<byte> bytes, int column) => bytes[Start(column)..(column < found ? commas[column] : contentEnd)];
    }
}
