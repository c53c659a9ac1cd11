using System.Globalization;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Demo;

/// <summary>
/// The demo's synthetic shop (documented in docs/cli.md): customers arrive uniformly over two
/// years, buy as a Poisson process whose rate is log-normal across customers (a few buy very
/// often), churn after an exponential lifetime, and spend log-normal amounts around a
/// log-normal personal mean, so revenue is heavy-tailed as in real retail data. Seeded: the same
/// seed gives the same sample on every machine (System.Random with a seed is stable).
/// </summary>
internal static class DemoSample
{
    public static readonly DateOnly Start = new(2023, 1, 1);

    public static readonly DateOnly End = new(2024, 12, 31);

    /// <summary>The as-of date of the demo: the day after the sample ends.</summary>
    public static readonly DateOnly AsOf = End.AddDays(1);

    /// <summary>The earlier snapshot the migration matrix compares with.</summary>
    public static readonly DateOnly PreviousAsOf = new(2024, 7, 1);

    private const double MedianDaysBetweenOrders = 95;
    private const double MeanLifetimeDays = 420;
    private const double MedianOrderValue = 38;

    public static TransactionTable Generate(int customers, int seed)
    {
        var random = new Random(seed);
        var table = new TransactionTable(hasOrderIds: true, customers * 5);
        var days = End.DayNumber - Start.DayNumber + 1;
        long order = 0;
        for (var c = 1; c <= customers; c++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"C{c:D6}");
            var first = Start.DayNumber + random.Next(days);
            var rate = 1.0 / (MedianDaysBetweenOrders * Math.Exp(Normal(random) * 0.9));
            var churn = first - (MeanLifetimeDays * Math.Log(1 - random.NextDouble()));
            var meanSpend = MedianOrderValue * Math.Exp(Normal(random) * 0.75);
            var day = (double)first;
            while (day <= End.DayNumber && day <= churn)
            {
                var amount = Math.Round(meanSpend * Math.Exp(Normal(random) * 0.35), 2);
                var orderId = string.Create(CultureInfo.InvariantCulture, $"O{++order:D7}");
                table.Add(id, DateOnly.FromDayNumber((int)day), (decimal)Math.Max(0.99, amount), orderId);
                day += Math.Max(1, -Math.Log(1 - random.NextDouble()) / rate);
            }
        }

        return table;
    }

    private static double Normal(Random random)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm's argument in (0, 1].
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
