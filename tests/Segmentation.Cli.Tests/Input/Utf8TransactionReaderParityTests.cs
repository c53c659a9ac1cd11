using System.Globalization;
using System.Text;

namespace Segmentation.Cli.Tests.Input;

/// <summary>Random files, odd fields included, read by both readers: the fast path must agree on every one.</summary>
public sealed class Utf8TransactionReaderParityTests
{
    private static readonly string[] Ids = ["a", "A", "b ", " b", "Zoë", "日本", "😀x", "\u00A0", " ", "", "c-0123456789abcdef", "c-0123456789abcdeg", "0123456789abcdef", "x\ty"];

    private static readonly string[] Dates =
        ["2024-01-01", "2024-02-29", "2023-02-29", "2024-12-31", "0001-01-01", "9999-12-31", "2024-1-01", "2024-01-01T23:59:59", "2024-01-01 08:00:00+05:00",
         "2024-01-01T25:00:00", "2024-01-01x", " 2024-01-01", "", "2024/01/01", "２０２４-01-01"];

    private static readonly string[] Amounts =
        ["1", "-1", "0", "-0", "0.1", "12.50", "+3", ".5", "5.", "1e3", "1E-2", "123456789012345", "1234567890123456", "0.0001", "1,5", "NaN", "", " 1", "1 ", "-", "1e400", "٣", "99999999999.5", "0.00000000000000000000000000001"];

    private static readonly string[] Orders = ["", "o1", "o2", " o1", "o1 ", "\u3000o2", "o3"];

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void TryRead_LargeFileInDefaultRanges_AgreesWithTheGeneralReader(bool withOrders, bool collectRows)
    {
        // Over 8 MB: the default 1 MB ranges and more partitions than small files get; ids of every
        // length class (short, exactly 16 bytes, long) over 60,000 customers.
        var random = new Random(withOrders ? 11 : 12);
        var text = new StringBuilder(withOrders ? "customer_id,order_date,amount,order_id\n" : "customer_id,order_date,amount\n");
        for (var i = 0; i < 330_000; i++)
        {
            var customer = random.Next(60_000);
            var id = (customer % 3) switch { 0 => $"C{customer}", 1 => $"CUSTOMER-{customer:D7}", _ => $"customer-with-a-long-id-{customer}" };
            text.Append(CultureInfo.InvariantCulture, $"{id},2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2},{random.Next(100_000) / 100.0}");
            text.Append(withOrders ? $",o{random.Next(8)}\n" : "\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 8 << 20, $"The file is {bytes.Length} bytes; it must exceed 8 MB to get more partitions.");

        // collectRows: the parsed rows are released and collected once aggregated, as on inputs over 32 MB of rows.
        var fast = ReaderParity.AssertSame(bytes, rangeBytes: 0, collectRowsAbove: collectRows ? 0 : null);

        Assert.Equal(330_000, fast!.Transactions);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void TryRead_RandomFiles_AgreeWithTheGeneralReader(int seed)
    {
        var random = new Random(seed);
        for (var file = 0; file < 40; file++)
        {
            var withOrders = random.Next(2) == 0;
            var newline = random.Next(2) == 0 ? "\n" : "\r\n";
            var text = new StringBuilder(withOrders ? "amount,customer_id,order_id,order_date" : "customer_id,order_date,amount,extra");
            var rows = random.Next(0, 120);
            for (var i = 0; i < rows; i++)
            {
                text.Append(newline);
                var id = Pick(random, Ids);
                var date = random.Next(4) == 0 ? Pick(random, Dates) : $"2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}";
                var amount = random.Next(4) == 0 ? Pick(random, Amounts) : (random.Next(-1000, 100_000) / 100.0).ToString(CultureInfo.InvariantCulture);
                if (random.Next(40) == 0)
                {
                    continue; // an empty line
                }

                text.Append(withOrders
                    ? $"{amount},{id},{Pick(random, Orders)},{date}"
                    : random.Next(30) == 0 ? $"{id},{date}" : $"{id},{date},{amount},{random.Next(3)}");
            }

            if (random.Next(2) == 0)
            {
                text.Append(newline);
            }

            var csv = text.ToString();
            var rangeBytes = 1 + random.Next(400);
            ReaderParity.AssertSame(csv, skip: true, rangeBytes: rangeBytes);
            ReaderParity.AssertSame(csv, skip: false, rangeBytes: rangeBytes);
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
