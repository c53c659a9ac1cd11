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

    public static IReadOnlyList<CustomerProfile> Build(TransactionTable table, int seed)
    {
        ArgumentNullException.ThrowIfNull(table);
        var random = new Random(unchecked((seed * 31) + 17));
        var builder = new CustomerProfileBuilder(AsOf);
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
        for (var i = 0; i < table.Count; i++)
        {
            var c = customers[i];
            first[c] = Math.Min(first[c], dates[i].DayNumber);
            builder.AddOrder(ids[c], At(dates[i].DayNumber), (decimal)amounts[i], random.NextDouble() < promotionRate[c]);
        }

        foreach (var c in byId)
        {
            AddActivity(builder, random, ids[c], first[c]);
        }

        AddProspects(builder, random, Math.Max(1, ids.Count / 5));
        return builder.Build();
    }

    private static void AddActivity(CustomerProfileBuilder builder, Random random, string id, int firstDay)
    {
        var from = firstDay == int.MaxValue ? DemoSample.Start.DayNumber : firstDay;
        if (random.NextDouble() < 0.6)
        {
            var visits = 1 + random.Next(8);
            for (var v = 0; v < visits; v++)
            {
                builder.AddInteraction(id, At(Day(random, from)));
            }
        }

        if (random.NextDouble() < 0.08)
        {
            builder.AddTicket(id, At(Day(random, from)), isComplaint: random.NextDouble() < 0.5, isOpen: random.NextDouble() < 0.3);
        }

        if (random.NextDouble() < 0.15)
        {
            // Stars 5, 4, 3, 2, 1 with probabilities 40%, 30%, 10%, 10%, 10%.
            var u = random.NextDouble();
            var stars = u < 0.4 ? 5 : u < 0.7 ? 4 : u < 0.8 ? 3 : u < 0.9 ? 2 : 1;
            builder.AddReview(id, At(Day(random, from)), stars);
        }

        if (random.NextDouble() < 0.05)
        {
            var referrals = 1 + random.Next(2);
            for (var r = 0; r < referrals; r++)
            {
                builder.AddReferral(id, At(Day(random, from)));
            }
        }

        if (random.NextDouble() < 0.2)
        {
            builder.AddNpsAnswer(id, At(Day(random, from)), random.Next(11));
        }
    }

    private static void AddProspects(CustomerProfileBuilder builder, Random random, int count)
    {
        for (var p = 1; p <= count; p++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"P{p:D6}");
            var visits = 1 + random.Next(5);
            for (var v = 0; v < visits; v++)
            {
                builder.AddInteraction(id, At(Day(random, DemoSample.Start.DayNumber)));
            }
        }
    }

    private static int Day(Random random, int from) => from + random.Next(DemoSample.End.DayNumber - from + 1);

    private static DateTimeOffset At(int dayNumber) => new(DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
