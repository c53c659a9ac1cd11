using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;
using Segmentation.Cli.Rfm;

namespace Segmentation.Cli.Output;

/// <summary>
/// Writes the contract's output, <c>customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment</c>,
/// as UTF-8. Blocks of rows are formatted on all cores and written in order, so the output is
/// identical to a sequential write.
/// </summary>
internal static class ScoresCsvWriter
{
    public static readonly string[] Header = ["customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "rfm", "segment"];

    private const int BlockRows = 16_384;

    public static void Write(Stream stream, RfmRun run, CancellationToken cancellationToken)
    {
        stream.Write(Encoding.UTF8.GetBytes(string.Join(',', Header) + "\n"));
        var segmentNames = run.SegmentNames.Select(n => Encoding.UTF8.GetBytes(Csv.Escape(n))).ToArray();
        var blocks = (run.Count + BlockRows - 1) / BlockRows;
        var batch = Math.Max(1, Environment.ProcessorCount) * 4;
        var buffers = new ArrayBufferWriter<byte>[batch];
        for (var i = 0; i < batch; i++)
        {
            buffers[i] = new ArrayBufferWriter<byte>(BlockRows * 48);
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        for (var first = 0; first < blocks; first += batch)
        {
            var count = Math.Min(batch, blocks - first);
            Parallel.For(0, count, parallel, b =>
            {
                buffers[b].ResetWrittenCount();
                FormatBlock(run, segmentNames, (first + b) * BlockRows, Math.Min(run.Count, (first + b + 1) * BlockRows), buffers[b]);
            });
            for (var b = 0; b < count; b++)
            {
                stream.Write(buffers[b].WrittenSpan);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FormatBlock(RfmRun run, byte[][] segmentNames, int from, int to, ArrayBufferWriter<byte> output)
    {
        var r = run.Scores.RecencyScores.Span;
        var f = run.Scores.FrequencyScores.Span;
        var m = run.Scores.MonetaryScores.Span;
        var codes = run.Scores.RfmCodes.Span;
        for (var i = from; i < to; i++)
        {
            var id = run.CustomerIds[i];
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount((id.Length * 2) + 2) + 192);
            var n = Csv.NeedsQuotes(id)
                ? Encoding.UTF8.GetBytes(Csv.Escape(id), span)
                : Encoding.UTF8.GetBytes(id, span);
            n += Field(span[n..], run.RecencyDays[i]);
            n += Field(span[n..], run.Frequency[i]);
            span[n++] = (byte)',';
            NumberFormat.TryFormatMoney(run.Monetary[i], span[n..], out var w);
            n += w;
            n += Field(span[n..], r[i]);
            n += Field(span[n..], f[i]);
            n += Field(span[n..], m[i]);
            n += Field(span[n..], codes[i]);
            span[n++] = (byte)',';
            segmentNames[run.Segments[i]].CopyTo(span[n..]);
            n += segmentNames[run.Segments[i]].Length;
            span[n++] = (byte)'\n';
            output.Advance(n);
        }
    }

    private static int Field(Span<byte> span, int value)
    {
        span[0] = (byte)',';
        value.TryFormat(span[1..], out var written, default, CultureInfo.InvariantCulture);
        return written + 1;
    }
}
