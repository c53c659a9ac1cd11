namespace Segmentation.Cli.Output;

/// <summary>RFC 4180 quoting: a field with a comma, a quote or a line break is quoted, quotes doubled.</summary>
internal static class Csv
{
    public static bool NeedsQuotes(string field) => field.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    public static string Escape(string field) =>
        NeedsQuotes(field) ? string.Concat("\"", field.Replace("\"", "\"\"", StringComparison.Ordinal), "\"") : field;
}
