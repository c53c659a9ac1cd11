using System.Runtime.CompilerServices;
using System.Text;

namespace Segmentation.Cli.Input;

/// <content>One line of the fast path: fields by comma, checked in the order and with the words of <see cref="TransactionCsvReader"/>.</content>
internal sealed partial class Utf8TransactionReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ParseLine(ReadOnlySpan<byte> data, int lineStart, ReadOnlySpan<byte> content, RowLayout layout, out ParsedRow row)
    {
        row = default;
        Span<int> starts = stackalloc int[5];
        Span<int> lengths = stackalloc int[5];
        var roles = layout.Roles;
        var fieldStart = 0;
        for (var column = 0; ; column++)
        {
            var comma = content[fieldStart..].IndexOf((byte)',');
            var fieldEnd = comma < 0 ? content.Length : fieldStart + comma;
            var role = roles[column];
            starts[role] = fieldStart;
            lengths[role] = fieldEnd - fieldStart;
            if (column == roles.Length - 1)
            {
                break;
            }

            if (comma < 0)
            {
                return Errors.ColumnCount(column + 1, layout.Map);
            }

            fieldStart = fieldEnd + 1;
        }

        var id = content.Slice(starts[RowLayout.Id], lengths[RowLayout.Id]);
        var dateText = content.Slice(starts[RowLayout.Date], lengths[RowLayout.Date]);
        if (!Utf8Values.TryParseDay(dateText, out var day))
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

        var amountText = content.Slice(starts[RowLayout.Amount], lengths[RowLayout.Amount]);
        if (!Utf8Values.TryParseAmount(amountText, out var amount))
        {
            return Errors.BadAmount(Encoding.UTF8.GetString(amountText));
        }

        var idStart = lineStart + starts[RowLayout.Id];
        var (key0, key1) = Utf8Values.Key(data, idStart, id.Length);
        var (orderStart, orderLength) = layout.HasOrderIds
            ? Utf8Values.Trim(data, lineStart + starts[RowLayout.Order], lengths[RowLayout.Order])
            : (0, 0);
        row = new ParsedRow(key0, key1, amount, day, idStart, id.Length, orderStart, orderLength);
        return null;
    }
}
