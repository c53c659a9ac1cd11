using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;
using Segmentation.Cli.Pseudonyms;
using Segmentation.Rfm;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes the contract's output, <c>customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment</c>,
/// as UTF-8, with the ids and row order of <see cref="ExportIds"/>. Blocks of rows are formatted on
/// all cores while earlier ones are written, in order, so the output is identical to a sequential write.
/// </summary>
internal static class ScoresCsvWriter
{
    public static readonly string[] Header = ["customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "rfm", "segment"];

    private const int BlockRows = 16_384;
    private const int Lookahead = 8;

    public static void Write(Stream stream, RfmRun run, ExportIds ids, CancellationToken cancellationToken)
    {
        stream.Write(Encoding.UTF8.GetBytes(string.Join(',', Header) + "\n"));
        var segmentTails = run.SegmentNames.Select(n => Encoding.UTF8.GetBytes("," + Csv.Escape(n) + "\n")).ToArray();
        var blocks = (run.Count + BlockRows - 1) / BlockRows;
        OrderedBlockWriter.Run(
            stream,
            blocks,
            Math.Max(1, Environment.ProcessorCount),
            BlockRows * 48,
            (b, buffer) => FormatBlock(run, ids, segmentTails, b * BlockRows, Math.Min(run.Count, (b + 1) * BlockRows), buffer),
            cancellationToken);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FormatBlock(RfmRun run, ExportIds exportIds, byte[][] segmentTails, int from, int to, ArrayBufferWriter<byte> output)
    {
        var ids = exportIds.Ids;
        var recency = run.Aggregates.RecencyArray;
        var frequency = run.Aggregates.FrequencyArray;
        var monetary = run.Aggregates.MonetaryArray;
        var segments = run.SegmentArray;
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var m = run.Scores.MonetaryScores.Span;
        var touched = 0;
        for (var row = from; row < to; row++)
        {
            var i = exportIds.At(row);
            // The ids are read in sorted order but lie in memory in input order, so each is a cache
            // miss: touching one a few rows ahead lets the miss overlap this row's formatting.
            if (row + Lookahead < to)
            {
                touched += ids[exportIds.At(row + Lookahead)].Length;
            }

            var id = ids[i];
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount((id.Length * 2) + 2) + 192);

            var n = WriteId(id, span);

            n += Field(span[n..], recency[i]);
            n += Field(span[n..], frequency[i]);
            span[n++] = (byte)',';
            NumberFormat.TryFormatMoney(monetary[i], span[n..], out var w);
            n += w;

            // The combined code is RfmScoreColumns.CodeAt's formula, so the lazy code column is never built.
            n += Field(span[n..], r[i]);
            n += Field(span[n..], f[i]);
            n += Field(span[n..], m[i]);
            n += Field(span[n..], (100 * r[i]) + (10 * f[i]) + m[i]);
            var tail = segmentTails[segments[i]];
            tail.CopyTo(span[n..]);
            output.Advance(n + tail.Length);
        }

        GC.KeepAlive(touched);
    }

    /// <summary>
    /// Copies an ASCII id that needs no quotes byte by byte (the common case, in this optimized
    /// method rather than library calls that run unoptimized for much of a one-second run), and
    /// hands any other id to the UTF-8 encoder and <see cref="Csv.Escape(string)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteId(string id, Span<byte> span)
    {
        var plain = span.Length >= id.Length;
        for (var j = 0; plain && j < id.Length; j++)
        {
            var c = id[j];
            plain = c < 0x80 && c != ',' && c != '"' && c != '\r' && c != '\n';
            span[j] = (byte)c;
        }

        return plain ? id.Length : Encoding.UTF8.GetBytes(Csv.Escape(id), span);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Field(Span<byte> span, int value)
    {
        span[0] = (byte)',';

        // Scores, codes, recency days and order counts are nearly always under 1000: inline those.
        if ((uint)value < 10)
        {
            span[1] = (byte)('0' + value);
            return 2;
        }

        if ((uint)value < 100)
        {
            span[2] = (byte)('0' + (value % 10));
            span[1] = (byte)('0' + (value / 10));
            return 3;
        }

        if ((uint)value < 1000)
        {
            span[3] = (byte)('0' + (value % 10));
            span[2] = (byte)('0' + (value / 10 % 10));
            span[1] = (byte)('0' + (value / 100));
            return 4;
        }

        if (value >= 0)
        {
            return Digits.Write(span[1..], (ulong)value) + 1;
        }

        value.TryFormat(span[1..], out var written, default, CultureInfo.InvariantCulture);
        return written + 1;
    }
}
