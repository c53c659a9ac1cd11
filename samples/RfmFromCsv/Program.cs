// RFM from a CSV of orders (customer_id,order_date,amount): read the rows, run the whole RFM
// pipeline in one call, print each segment with what it means and what to do.
using System.Globalization;
using Segmentation.Rfm;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "orders.csv");
var transactions = File.ReadLines(path)
    .Skip(1) // the header
    .Select(line => line.Split(','))
    .Select(cells => new RfmTransaction(
        cells[0],
        DateTime.ParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal.Parse(cells[2], CultureInfo.InvariantCulture)));

var run = RfmPipeline.Run(transactions, new RfmRunOptions { AsOf = new DateOnly(2025, 1, 1) }, CancellationToken.None);

Console.WriteLine($"{run.Count} customers, {run.Transactions} orders, as of {run.AsOf:yyyy-MM-dd}");
foreach (var segment in run.Figures.Segments.Where(s => s.Customers > 0))
{
    Console.WriteLine($"{segment.Name}: {segment.Customers} customers, median spend {segment.MedianMonetary}. {segment.Description} {segment.Action}");
}

foreach (var note in run.Notes)
{
    Console.WriteLine("Note: " + note);
}

Console.WriteLine($"The top 20% of customers bring {run.Concentration.GetTopCustomers(0.2).RevenueShare:P1} of revenue.");
return 0;
