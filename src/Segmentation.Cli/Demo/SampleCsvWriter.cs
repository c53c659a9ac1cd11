using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Segmentation.Cli.Input;
using Segmentation.Cli.Output;

namespace Segmentation.Cli.Demo;

/// <summary>Writes transactions in the rfm input contract: <c>customer_id,order_id,order_date,amount</c>.</summary>
internal static class SampleCsvWriter
{
    /// <summary>The order id the sample writes for the table's order index.</summary>
    public static string OrderId(long order) => string.Create(CultureInfo.InvariantCulture, $"O{order + 1:D7}");

    public static void Write(Stream stream, TransactionTable table)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var writer = Sep.Writer(o => o with { Sep = new Sep(','), Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            writer.Header.Add(["customer_id", "order_id", "order_date", "amount"]);
            var customers = table.Customers;
            var dates = table.Dates;
            var amounts = table.Amounts;
            var orders = table.Orders;
            Span<char> buffer = stackalloc char[64];
            for (var i = 0; i < table.Count; i++)
            {
                using var row = writer.NewRow();
                row[0].Set(table.CustomerIds[customers[i]]);
                row[1].Set(orders.IsEmpty ? string.Empty : OrderId(orders[i]));
                dates[i].TryFormat(buffer, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                row[2].Set(buffer[..n]);
                NumberFormat.TryFormatMoney(amounts[i], buffer, out n);
                row[3].Set(buffer[..n]);
            }
        }

        text.Flush();
    }
}
