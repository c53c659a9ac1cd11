using System.Globalization;
using System.Text;

namespace Segmentation.CliThroughput;

/// <summary>Deterministic transactions: every customer at least once, then uniform repeats; log-normal amounts.</summary>
internal static class Generator
{
    public static void Write(string path, int rows, int customers)
    {
        var random = new Random(42);
        var start = new DateOnly(2022, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("customer_id,order_date,amount");
        for (var i = 0; i < rows; i++)
        {
            var customer = i < customers ? i : random.Next(customers);
            var date = start.AddDays(random.Next(1000));
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            var amount = Math.Round(Math.Exp(3.5 + (0.8 * normal)), 2);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C{customer:D7},{date:yyyy-MM-dd},{amount}"));
        }
    }
}
