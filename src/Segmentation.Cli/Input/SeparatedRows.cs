using System.Globalization;
using nietras.SeparatedValues;

namespace Segmentation.Cli.Input;

/// <summary>
/// The rows after a header line already read, parsed by Sep (RFC 4180 quoting), each with its
/// physical line; a quote that never closes is an error naming the line its row starts on.
/// </summary>
internal static class SeparatedRows
{
    public delegate void RowHandler(long line, SepReader.Row row);

    public static void Read(TextReader text, char separator, string name, RowHandler handle)
    {
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(separator),
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(text);

        // The header is line 1; a row starts where the previous one ended (Sep's own start line of
        // the first row is off by one when it reads no header).
        var next = 2L;
        while (true)
        {
            try
            {
                if (!reader.MoveNext())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is NotSupportedException or InvalidDataException or ArgumentException)
            {
                // Sep gives up on a row that never ends (16 MiB): a quote that opens a field and never closes.
                throw new CsvInputException(
                    name,
                    next,
                    "a row starting here does not end: a '\"' opens a quoted field that is not closed. Remove the stray quote or close it (a quote inside a field is written twice: \"\").");
            }

            var row = reader.Current;
            var line = next;
            next = row.LineNumberToExcl + 1;
            handle(line, row);
        }
    }
}
