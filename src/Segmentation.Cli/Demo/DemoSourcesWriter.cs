using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Segmentation.Cli.Output;

namespace Segmentation.Cli.Demo;

/// <summary>Writes the demo's activity as the six input files of <c>segment types</c> (docs/cli.md).</summary>
internal static class DemoSourcesWriter
{
    /// <summary>The files, in the order <c>segment types</c> takes them, with the option that names each (none for the orders).</summary>
    public static readonly (string File, string? Option)[] Files =
    [
        ("orders.csv", null), ("visits.csv", "--visits"), ("tickets.csv", "--tickets"), ("reviews.csv", "--reviews"), ("referrals.csv", "--referrals"), ("nps.csv", "--nps"),
    ];

    public static void Write(string file, Stream stream, DemoActivity activity)
    {
        switch (file)
        {
            case "orders.csv":
                Write(stream, ["customer_id", "order_id", "order_date", "amount", "promotion"], activity.Orders, (row, o) =>
                {
                    row[0].Set(o.CustomerId);
                    row[1].Set(o.OrderId);
                    row[2].Set(Date(o.Day));
                    row[3].Set(NumberFormat.Money(o.Amount));
                    row[4].Set(Flag(o.Promotion));
                });
                break;
            case "visits.csv":
                Write(stream, ["customer_id", "date"], activity.Visits, Dated);
                break;
            case "tickets.csv":
                Write(stream, ["customer_id", "date", "complaint", "open"], activity.Tickets, (row, t) =>
                {
                    Dated(row, t);
                    row[2].Set(Flag((t.Value & 1) != 0));
                    row[3].Set(Flag((t.Value & 2) != 0));
                });
                break;
            case "reviews.csv":
                Write(stream, ["customer_id", "date", "stars"], activity.Reviews, WithValue);
                break;
            case "referrals.csv":
                Write(stream, ["customer_id", "date"], activity.Referrals, Dated);
                break;
            default:
                Write(stream, ["customer_id", "date", "score"], activity.Nps, WithValue);
                break;
        }
    }

    private static void Dated(SepWriter.Row row, DemoEvent e)
    {
        row[0].Set(e.CustomerId);
        row[1].Set(Date(e.Day));
    }

    private static void WithValue(SepWriter.Row row, DemoEvent e)
    {
        Dated(row, e);
        row[2].Set(e.Value.ToString(CultureInfo.InvariantCulture));
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static void Write<T>(Stream stream, string[] header, List<T> rows, Action<SepWriter.Row, T> set)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(header);
            foreach (var item in rows)
            {
                using var row = writer.NewRow();
                set(row, item);
            }
        }

        text.Flush();
    }
}
