using System.Globalization;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>The reasons a transaction row is invalid, worded once for both readers (Sep and the UTF-8 fast path).</summary>
internal sealed class RowErrors(TransactionColumns columns)
{
    public string ColumnCount(int found, ColumnMap map) =>
        string.Create(CultureInfo.InvariantCulture, $"the row has {found} column(s) but the header has {map.HeaderCount}; every row needs the {columns.CustomerId}, {columns.OrderDate} and {columns.Amount} columns.");

    public string EmptyId() => $"'{columns.CustomerId}' is empty; every transaction needs a customer id.";

    public string BadDate(ReadOnlySpan<char> text) =>
        $"'{columns.OrderDate}' is '{Clip(text)}', not an ISO date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ss, optional offset).";

    public string AfterAsOf(DateOnly date, DateOnly asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"'{columns.OrderDate}' is {date:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}; pass a later --as-of or remove future-dated rows.");

    public string BadAmount(ReadOnlySpan<char> text, MoneyParse result = MoneyParse.Invalid) => result == MoneyParse.OutOfRange
        ? $"'{columns.Amount}' is '{Clip(text)}', which money cannot hold exactly (at most 28 decimal places and 28 significant digits); round the amount."
        : $"'{columns.Amount}' is '{Clip(text)}', not a number in invariant culture (use '.' for decimals, no thousands separators or currency symbols).";

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "...");
}
