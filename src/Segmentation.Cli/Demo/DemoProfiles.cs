using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.CustomerTypes;

namespace Segmentation.Cli.Demo;

/// <summary>
/// The demo's customer profiles (documented in docs/cli.md): the sample's orders plus seeded
/// interactions, support tickets, reviews, referrals and NPS answers for a share of the customers,
/// and prospects who interacted but never ordered. A second <see cref="Random"/> seeded from the
/// demo seed keeps the orders of a seed unchanged and the extra activity deterministic.
/// </summary>
internal static class DemoProfiles
{
    /// <summary>The demo's as-of instant for the profiles: midnight UTC of <see cref="DemoSample.AsOf"/>.</summary>
    public static readonly DateTimeOffset AsOf = new(DemoSample.AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static IReadOnlyList<CustomerProfile> Build(TransactionTable table, int seed) =>
        Activity(table, seed).Feed(new CustomerProfileBuilder(AsOf)).Build();

    /// <summary>Draws the activity of every source as rows (the orders are the table's, with promotions drawn).</summary>
    public static DemoActivity Activity(TransactionTable table, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        var random = new Random(unchecked((seed * 31) + 17));
        var activity = new DemoActivity();
        var ids = table.CustomerIds;
        var first = new int[ids.Count];
        Array.Fill(first, int.MaxValue);

        // The table's customer indices follow the ids' string hashes, which differ between processes,
        // so the per-customer draws go in id order: the same seed gives the same profiles in every run.
        var byId = Enumerable.Range(0, ids.Count).OrderBy(c => ids[c], StringComparer.Ordinal).ToArray();

        // A quarter of the customers are deal seekers: most of their orders use a promotion.
        var promotionRate = new double[ids.Count];
        foreach (var c in byId)
        {
            promotionRate[c] = random.NextDouble() < 0.25 ? 0.7 : 0.1;
        }

        var customers = table.Customers;
        var dates = table.Dates;
        var amounts = table.Amounts;
        var orders = table.Orders;
        for (var i = 0; i < table.Count; i++)
        {
            var c = customers[i];
            first[c] = Math.Min(first[c], dates[i].DayNumber);
            var orderId = orders.IsEmpty ? string.Create(CultureInfo.InvariantCulture, $"L{i + 1:D7}") : SampleCsvWriter.OrderId(orders[i]);
            activity.Orders.Add(new DemoOrder(ids[c], orderId, dates[i], amounts[i], random.NextDouble() < promotionRate[c]));
        }

        foreach (var c in byId)
        {
            AddActivity(activity, random, ids[c], first[c]);
        }

        AddProspects(activity, random, Math.Max(1, ids.Count / 5));
        return activity;
    }

    private static void AddActivity(DemoActivity activity, Random random, string id, int firstDay)
    {
        var from = firstDay == int.MaxValue ? DemoSample.Start.DayNumber : firstDay;
        if (random.NextDouble() < 0.6)
        {
            var visits = 1 + random.Next(8);
            for (var v = 0; v < visits; v++)
            {
                activity.Visits.Add(new(id, Day(random, from), 0));
            }
        }

        if (random.NextDouble() < 0.08)
        {
            var day = Day(random, from);
            var complaint = random.NextDouble() < 0.5;
            var open = random.NextDouble() < 0.3;
            activity.Tickets.Add(new(id, day, (complaint ? 1 : 0) + (open ? 2 : 0)));
        }

        if (random.NextDouble() < 0.15)
        {
            // Stars 5, 4, 3, 2, 1 with probabilities 40%, 30%, 10%, 10%, 10%.
            var u = random.NextDouble();
            var stars = u < 0.4 ? 5 : u < 0.7 ? 4 : u < 0.8 ? 3 : u < 0.9 ? 2 : 1;
            activity.Reviews.Add(new(id, Day(random, from), stars));
        }

        if (random.NextDouble() < 0.05)
        {
            var referrals = 1 + random.Next(2);
            for (var r = 0; r < referrals; r++)
            {
                activity.Referrals.Add(new(id, Day(random, from), 0));
            }
        }

        if (random.NextDouble() < 0.2)
        {
            var day = Day(random, from);
            activity.Nps.Add(new(id, day, random.Next(11)));
        }
    }

    private static void AddProspects(DemoActivity activity, Random random, int count)
    {
        for (var p = 1; p <= count; p++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"P{p:D6}");
            var visits = 1 + random.Next(5);
            for (var v = 0; v < visits; v++)
            {
                activity.Visits.Add(new(id, Day(random, DemoSample.Start.DayNumber), 0));
            }
        }
    }

    private static DateOnly Day(Random random, int from) => DateOnly.FromDayNumber(from + random.Next(DemoSample.End.DayNumber - from + 1));
}
