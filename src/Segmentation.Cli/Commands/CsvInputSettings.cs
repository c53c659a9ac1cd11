using System.ComponentModel;
using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Privacy;
using Segmentation.Rfm.Aggregation;
using Spectre.Console;
using DelimiterKind = Segmentation.Cli.Input.Delimiter;
using Spectre.Console.Cli;

namespace Segmentation.Cli.Commands;

/// <summary>Options shared by the commands that read a transaction CSV: its columns, dialect and error handling.</summary>
internal class CsvInputSettings : SourceSettings
{
    [CommandArgument(0, "[transactions.csv]")]
    [Description("CSV with a header naming customer_id, order_date (ISO date or date-time, or yyyyMMdd) and amount; order_id optional; other columns ignored. Other dialects: --delimiter, --date-format, --decimal-comma, --encoding. rfm and report: or read a table with --connection.")]
    public string Input { get; set; } = string.Empty;

    [CommandOption("--as-of <DATE>")]
    [Description("Date recency and day counts are measured to (yyyy-MM-dd); a row dated after it is invalid. Default: the day after the latest date in the input.")]
    public string? AsOf { get; set; }

    [CommandOption("--skip-invalid")]
    [Description("Count and skip malformed rows instead of stopping at the first one.")]
    public bool SkipInvalid { get; set; }

    [CommandOption("--customer-column <NAME>")]
    [Description("Header name of the customer id column.")]
    [DefaultValue("customer_id")]
    public string CustomerColumn { get; set; } = "customer_id";

    [CommandOption("--date-column <NAME>")]
    [Description("Header name of the order date column.")]
    [DefaultValue("order_date")]
    public string DateColumn { get; set; } = "order_date";

    [CommandOption("--amount-column <NAME>")]
    [Description("Header name of the amount column.")]
    [DefaultValue("amount")]
    public string AmountColumn { get; set; } = "amount";

    [CommandOption("--order-column <NAME>")]
    [Description("Header name of the optional order id column (lines of one order count once).")]
    [DefaultValue("order_id")]
    public string OrderColumn { get; set; } = "order_id";

    [CommandOption("--delimiter <DELIMITER>")]
    [Description("comma, semicolon, tab or whitespace (runs of spaces, as in aligned exports). Default: detected from the header line.")]
    public string? Delimiter { get; set; }

    [CommandOption("--date-format <FORMAT>")]
    [Description("iso (yyyy-MM-dd or a date-time), yyyymmdd, dmy (dd.MM.yyyy, dd/MM/yyyy) or mdy (MM/dd/yyyy). Default: iso or yyyymmdd; day-first and month-first dates are never guessed.")]
    public string? DateFormat { get; set; }

    [CommandOption("--decimal-comma")]
    [Description("Amounts use a decimal comma (12,50); a '.' in an amount is then an error, not a thousands separator.")]
    public bool DecimalComma { get; set; }

    [CommandOption("--encoding <ENCODING>")]
    [Description("utf-8 (invalid bytes are an error) or latin1 (ISO-8859-1).")]
    [DefaultValue("utf-8")]
    public string Encoding { get; set; } = "utf-8";

    [CommandOption("--no-progress")]
    [Description("Do not show the progress bar.")]
    public bool NoProgress { get; set; }

    [CommandOption("--min-group-size <N>")]
    [Description("Suppress every count and sum over fewer than N customers in summaries and reports, with the next smallest groups where totals would give them back. 0 switches it off (internal use; the report says so).")]
    [DefaultValue(DefaultMinGroupSizeText)]
    public string MinGroupSizeText { get; set; } = DefaultMinGroupSizeText;

    /// <summary>Gets --min-group-size as a number (checked in <see cref="Validate"/>).</summary>
    public int MinGroupSize => NumberOptions.Whole(MinGroupSizeText, "--min-group-size");

    public SmallCellSuppression Suppression => new(MinGroupSize);

    /// <summary><see cref="SmallCellSuppression.DefaultMinGroupSize"/> as the option's text (a test checks they agree).</summary>
    internal const string DefaultMinGroupSizeText = "5";

    [CommandOption("--create-dirs")]
    [Description("Create the output file's missing folders instead of stopping with an error.")]
    public bool CreateDirs { get; set; }

    public DateOnly? AsOfDate => AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public InputDialect Dialect => new()
    {
        Delimiter = ParseDelimiter(Delimiter) ?? DelimiterKind.Auto,
        DateFormat = ParseDateFormat(DateFormat) ?? DateTextFormat.Auto,
        DecimalComma = DecimalComma,
        Encoding = ParseEncoding(Encoding) ?? InputEncoding.Utf8,
    };

    /// <summary>Gets what reports and messages call the input: the CSV file's name, or the table's (<c>query</c> for --query).</summary>
    public string SourceName => FromDatabase ? Table ?? "query" : Path.GetFileName(Input);

    public TransactionColumns Columns => new() { CustomerId = CustomerColumn, OrderDate = DateColumn, Amount = AmountColumn, OrderId = OrderColumn };

    public override ValidationResult Validate()
    {
        if (MinGroupSizeError(MinGroupSizeText) is { } minGroupSize)
        {
            return ValidationResult.Error(minGroupSize);
        }

        var source = ValidateSource(Input.Length > 0, "a CSV file");
        if (!source.Successful)
        {
            return source;
        }

        if (Input.Length == 0 && Connection is null)
        {
            return ValidationResult.Error("Give the transactions: a CSV file, or --connection with --table or --query.");
        }

        if (FromDatabase && (Delimiter is not null || DateFormat is not null || DecimalComma || SkipInvalid))
        {
            return ValidationResult.Error("--delimiter, --date-format, --decimal-comma and --skip-invalid read CSV files; the database gives typed columns, so leave them out with --connection.");
        }

        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--as-of '{AsOf}' is not a date in the form yyyy-MM-dd.");
        }

        if (Delimiter is not null && ParseDelimiter(Delimiter) is null)
        {
            return ValidationResult.Error($"--delimiter '{Delimiter}' is unknown; use comma, semicolon, tab or whitespace.");
        }

        if (DateFormat is not null && ParseDateFormat(DateFormat) is null)
        {
            return ValidationResult.Error($"--date-format '{DateFormat}' is unknown; use iso, yyyymmdd, dmy (day first) or mdy (month first).");
        }

        if (ParseEncoding(Encoding) is null)
        {
            return ValidationResult.Error($"--encoding '{Encoding}' is unknown; use utf-8 or latin1.");
        }

        if (DecimalComma && ParseDelimiter(Delimiter) == DelimiterKind.Comma)
        {
            return ValidationResult.Error("--decimal-comma with --delimiter comma would need every amount quoted; use --delimiter semicolon or tab.");
        }

        return ValidationResult.Success();
    }

    /// <summary>Why a --min-group-size text is refused, or <see langword="null"/>; shared with <c>segment evaluate</c>.</summary>
    internal static string? MinGroupSizeError(string text)
    {
        var fix = string.Create(CultureInfo.InvariantCulture, $"use 0 to switch suppression off, or the fewest customers a shown group may have (default {SmallCellSuppression.DefaultMinGroupSize}).");
        return NumberOptions.TryWhole(text) switch
        {
            null => string.Create(CultureInfo.InvariantCulture, $"{NumberOptions.NotWhole("--min-group-size", text)} from 0 to {int.MaxValue}; {fix}"),
            < 0 and var negative => string.Create(CultureInfo.InvariantCulture, $"--min-group-size {negative} is negative; {fix}"),
            _ => null,
        };
    }

    private static DelimiterKind? ParseDelimiter(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "comma" or "," => DelimiterKind.Comma,
        "semicolon" or ";" => DelimiterKind.Semicolon,
        "tab" or "\\t" or "\t" => DelimiterKind.Tab,
        "whitespace" or "space" or "spaces" => DelimiterKind.Whitespace,
        _ => null,
    };

    private static DateTextFormat? ParseDateFormat(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "iso" or "yyyy-mm-dd" => DateTextFormat.Iso,
        "yyyymmdd" => DateTextFormat.Compact,
        "dmy" or "dd.mm.yyyy" or "dd/mm/yyyy" or "dd-mm-yyyy" => DateTextFormat.DayFirst,
        "mdy" or "mm/dd/yyyy" or "mm.dd.yyyy" or "mm-dd-yyyy" => DateTextFormat.MonthFirst,
        _ => null,
    };

    private static InputEncoding? ParseEncoding(string? text) => text?.ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => InputEncoding.Utf8,
        "latin1" or "latin-1" or "iso-8859-1" => InputEncoding.Latin1,
        _ => null,
    };
}
