using System.Globalization;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// The rules that turn customers' running totals into RFM columns, in one place for every
/// aggregation: the default as-of date (the day after the latest transaction), no transaction
/// after the as-of date, recency in whole days.
/// </summary>
internal static class AggregationRules
{
    /// <summary>Gets the as-of date: the given one, else the day after <paramref name="latestDay"/> (<see langword="null"/> when there were no rows).</summary>
    public static DateOnly? AsOf(DateOnly? given, int latestDay, bool anyRows)
    {
        if (given is not null || !anyRows)
        {
            return given;
        }

        if (latestDay >= DateOnly.MaxValue.DayNumber)
        {
            throw new SegmentationException("The latest transaction is on DateOnly.MaxValue, so the day after it does not exist. Pass an explicit as-of date.", "asOf");
        }

        return DateOnly.FromDayNumber(latestDay + 1);
    }

    /// <summary>The error for a transaction dated after the as-of date.</summary>
    public static SegmentationException FutureDate(string who, DateOnly date, DateOnly asOf, string location) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{who} has a transaction on {date:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}. Pass a later as-of date, or leave it out to use the day after the latest transaction, or drop future-dated rows."),
            location);

    /// <summary>Gets whole days from <paramref name="lastDay"/> to the as-of day; a negative result means a future-dated transaction.</summary>
    public static int RecencyDays(int asOfDay, int lastDay) => asOfDay - lastDay;

    /// <summary>
    /// Builds the columns of customers given by their totals (in the order given), checking that
    /// every customer has a line and none lies after the as-of date.
    /// </summary>
    /// <param name="totals">One entry per customer.</param>
    /// <param name="ids">The ids in the same order, or <see langword="null"/> for dense indices.</param>
    /// <param name="latestDay">The latest day over all rows.</param>
    /// <param name="asOf">The given as-of date, or <see langword="null"/> for the default.</param>
    /// <param name="transactions">The number of rows aggregated.</param>
    /// <param name="who">Names customer <c>i</c> in an error message and location.</param>
    public static CustomerColumns Columns(ReadOnlySpan<CustomerTotals> totals, string[]? ids, int latestDay, DateOnly? asOf, long transactions, Func<int, string> who)
    {
        var count = totals.Length;
        var asOfDate = AsOf(asOf, latestDay, count > 0);
        var recency = new int[count];
        var frequency = new int[count];
        var monetary = new decimal[count];
        var asOfDay = asOfDate?.DayNumber ?? 0;
        for (var c = 0; c < count; c++)
        {
            ref readonly var customer = ref totals[c];
            if (!customer.HasLines)
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"Customer index {c} has no transactions. The span overloads need dense indices 0..customerCount-1, each with at least one row."),
                    who(c));
            }

            recency[c] = RecencyDays(asOfDay, customer.LastDay);
            if (recency[c] < 0)
            {
                throw FutureDate(Capitalize(who(c)), DateOnly.FromDayNumber(customer.LastDay), asOfDate!.Value, who(c));
            }

            frequency[c] = customer.Frequency;
            monetary[c] = customer.Sum;
        }

        return new CustomerColumns { Ids = ids, RecencyDays = recency, Frequency = frequency, Monetary = monetary, AsOf = asOfDate, Transactions = transactions };
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
