using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Segmentation.Cli.Rfm;

namespace Segmentation.Cli.Output;

/// <summary>Writes the contract's output: <c>customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment</c>.</summary>
internal static class ScoresCsvWriter
{
    public static readonly string[] Header = ["customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "rfm", "segment"];

    public static void Write(Stream stream, RfmRun run, CancellationToken cancellationToken)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(Header);
            var r = run.Scores.RecencyScores.Span;
            var f = run.Scores.FrequencyScores.Span;
            var m = run.Scores.MonetaryScores.Span;
            var codes = run.Scores.RfmCodes.Span;
            Span<char> money = stackalloc char[64];
            for (var i = 0; i < run.Count; i++)
            {
                if ((i & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Sep's NewRow(token) is for async disposal only; the token is checked above instead.
#pragma warning disable CA2016
                using var row = writer.NewRow();
#pragma warning restore CA2016
                row[0].Set(run.CustomerIds[i]);
                row[1].Format(run.RecencyDays[i]);
                row[2].Format(run.Frequency[i]);
                NumberFormat.TryFormatMoney(run.Monetary[i], money, out var n);
                row[3].Set(money[..n]);
                row[4].Format(r[i]);
                row[5].Format(f[i]);
                row[6].Format(m[i]);
                row[7].Format(codes[i]);
                row[8].Set(run.SegmentNames[run.Segments[i]]);
            }
        }

        text.Flush();
    }
}
