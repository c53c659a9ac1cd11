using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Segmentation.Cli.Pseudonyms;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes <c>customer_id,segments</c>: one row per customer (in input order, or by pseudonym with
/// <see cref="ExportIds"/>), segments joined by <c>;</c> in set order.
/// </summary>
internal static class SegmentsCsvWriter
{
    public static void Write(Stream stream, ExportIds ids, IReadOnlyList<IReadOnlyList<string>> segments)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(["customer_id", "segments"]);
            for (var position = 0; position < ids.Count; position++)
            {
                var i = ids.At(position);
                using var row = writer.NewRow();
                row[0].Set(ids.Ids[i]);
                row[1].Set(string.Join(';', segments[i]));
            }
        }

        text.Flush();
    }
}
