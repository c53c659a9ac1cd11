using System.Text;
using Segmentation.Rfm.Aggregation;

namespace Segmentation.Cli.Input;

/// <summary>How fields are separated in a transaction file.</summary>
internal enum Delimiter
{
    /// <summary>Detected from the header line (comma, semicolon, tab, or runs of spaces).</summary>
    Auto,

    /// <summary>',' with RFC 4180 quoting.</summary>
    Comma,

    /// <summary>';' with RFC 4180 quoting.</summary>
    Semicolon,

    /// <summary>A tab with RFC 4180 quoting.</summary>
    Tab,

    /// <summary>Runs of spaces or tabs, leading and trailing ones ignored, no quoting (whitespace-aligned exports such as CDNOW).</summary>
    Whitespace,
}

/// <summary>The text encodings a transaction file may be read in.</summary>
internal enum InputEncoding
{
    /// <summary>UTF-8 (a BOM is honoured); invalid bytes are an error naming their line and offset.</summary>
    Utf8,

    /// <summary>ISO-8859-1: every byte is a character, so nothing is invalid.</summary>
    Latin1,
}

/// <summary>
/// The dialect of a transaction file: delimiter, date form, decimal separator, encoding. The
/// defaults are the contract of docs/cli.md (detected delimiter, ISO or yyyyMMdd dates, '.' decimals, UTF-8).
/// </summary>
internal sealed record InputDialect
{
    public static readonly InputDialect Default = new();

    public Delimiter Delimiter { get; init; }

    public DateTextFormat DateFormat { get; init; }

    public bool DecimalComma { get; init; }

    public InputEncoding Encoding { get; init; }

    /// <summary>Gets a value indicating whether the UTF-8 fast path may read the file (comma, ISO or yyyyMMdd dates, '.' decimals, UTF-8).</summary>
    public bool AllowsFastPath =>
        Delimiter is Delimiter.Auto or Delimiter.Comma && DateFormat is DateTextFormat.Auto or DateTextFormat.Iso && !DecimalComma && Encoding == InputEncoding.Utf8;

    /// <summary>Gets the decoder of the file's text (UTF-8 decoding never sees invalid bytes: <see cref="Utf8CheckedStream"/> stops at them first).</summary>
    public Encoding TextEncoding => Encoding == InputEncoding.Latin1 ? System.Text.Encoding.Latin1 : new UTF8Encoding(false);

    public static char Separator(Delimiter delimiter) => delimiter switch
    {
        Delimiter.Semicolon => ';',
        Delimiter.Tab => '\t',
        _ => ',',
    };

    /// <summary>The option value that names <paramref name="delimiter"/>.</summary>
    public static string Name(Delimiter delimiter) => delimiter switch
    {
        Delimiter.Semicolon => "semicolon",
        Delimiter.Tab => "tab",
        Delimiter.Whitespace => "whitespace",
        _ => "comma",
    };

    public bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date) => DateText.TryParse(text, DateFormat, out date);

    public MoneyParse TryParseAmount(ReadOnlySpan<char> text, out decimal amount) =>
        DecimalComma ? MoneyText.TryParseDecimalComma(text, out amount) : MoneyText.TryParse(text, out amount);
}
