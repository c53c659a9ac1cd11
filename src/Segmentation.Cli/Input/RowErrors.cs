using System.Globalization;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>The reasons a transaction row is invalid, worded once for both readers (Sep and the UTF-8 fast path).</summary>
internal sealed class RowErrors(TransactionColumns columns, InputDialect dialect, string row = "transaction")
{
    public RowErrors(TransactionColumns columns)
        : this(columns, InputDialect.Default)
    {
    }

    public static string ColumnCount(int found, ColumnMap map) => ColumnCount(found, map.HeaderCount);

    public static string ColumnCount(int found, int header) => found < header
        ? string.Create(CultureInfo.InvariantCulture, $"the row has {found} field(s) but the header has {header}; every row needs one field per header column.")
        : string.Create(CultureInfo.InvariantCulture, $"the row has {found} fields but the header has {header}; a field that contains the delimiter must be quoted (\"12,5\"), and every row needs one field per header column.");

    public string EmptyId() => $"'{columns.CustomerId}' is empty; every {row} needs a customer id.";

    public string BadDate(ReadOnlySpan<char> text) => dialect.DateFormat switch
    {
        DateTextFormat.Auto when DateText.LooksDayOrMonthFirst(text.Trim()) =>
            $"'{columns.OrderDate}' is '{Clip(text)}', which could be day-first or month-first; pass --date-format dmy or --date-format mdy (a date is not guessed).",
        DateTextFormat.Auto => $"'{columns.OrderDate}' is '{Clip(text)}', not an ISO date (yyyy-MM-dd), date-time (yyyy-MM-ddTHH:mm:ss, optional offset) or yyyyMMdd; for other forms pass --date-format.",
        DateTextFormat.Iso => $"'{columns.OrderDate}' is '{Clip(text)}', not an ISO date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ss, optional offset), as --date-format iso asks.",
        DateTextFormat.Compact => $"'{columns.OrderDate}' is '{Clip(text)}', not a date in the form yyyyMMdd, as --date-format yyyymmdd asks.",
        DateTextFormat.DayFirst => $"'{columns.OrderDate}' is '{Clip(text)}', not a day-first date (dd.MM.yyyy, dd/MM/yyyy or dd-MM-yyyy), as --date-format dmy asks.",
        _ => $"'{columns.OrderDate}' is '{Clip(text)}', not a month-first date (MM/dd/yyyy, MM.dd.yyyy or MM-dd-yyyy), as --date-format mdy asks.",
    };

    public string AfterAsOf(DateOnly date, DateOnly asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"'{columns.OrderDate}' is {date:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}; pass a later --as-of or remove future-dated rows.");

    public string BadAmount(ReadOnlySpan<char> text, MoneyParse result = MoneyParse.Invalid) => result == MoneyParse.OutOfRange
        ? $"'{columns.Amount}' is '{Clip(text)}', which money cannot hold exactly (at most 28 decimal places and 28 significant digits); round the amount."
        : dialect.DecimalComma
            ? $"'{columns.Amount}' is '{Clip(text)}', not a number with a decimal comma (--decimal-comma: ',' for decimals, no thousands separators or currency symbols)."
            : $"'{columns.Amount}' is '{Clip(text)}', not a number in invariant culture (use '.' for decimals, no thousands separators or currency symbols; pass --decimal-comma for '12,50').";

    private static string Clip(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "...");
}
