using System.Globalization;
using Segmentation.Rfm.Kernels;

namespace Segmentation.Rfm;

/// <summary>
/// Turns transactions into per-customer recency (days), frequency (distinct orders) and
/// monetary (sum of amounts) columns.
/// </summary>
/// <remarks>
/// Dates are whole days: only the calendar date of a transaction counts. Recency is the number
/// of days from a customer's last order date to the as-of date, which defaults to the day after
/// the latest transaction. Stateless and thread-safe.
/// </remarks>
public static partial class RfmAggregator
{
    /// <summary>
    /// Aggregates columnar transactions of customers given as dense indices <c>0..customerCount-1</c>,
    /// each line its own order. One pass; nothing is allocated per row.
    /// </summary>
    /// <param name="customerIndices">The customer of each row, in <c>[0, customerCount)</c>.</param>
    /// <param name="dates">The date of each row.</param>
    /// <param name="amounts">The amount of each row; negative amounts (returns) are kept.</param>
    /// <param name="customerCount">The number of customers; every index below it must occur.</param>
    /// <param name="asOf">The date recency is measured to, or <see langword="null"/> for the day after the latest date.</param>
    /// <returns>Columns indexed by customer index, without string ids.</returns>
    /// <exception cref="SegmentationException">
    /// Columns differ in length, an index is out of range or unused, an amount or a sum is not
    /// finite, or a date lies after <paramref name="asOf"/>.
    /// </exception>
    public static RfmAggregates Aggregate(
        ReadOnlySpan<int> customerIndices, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> amounts, int customerCount, DateOnly? asOf) =>
        SpanAggregation.Run(customerIndices, dates, amounts, default, hasOrderIds: false, customerCount, asOf);

    /// <summary>
    /// Aggregates columnar transactions with order ids: lines of one customer with the same order
    /// id count as one order. One pass; the order set is sized once, nothing is allocated per row.
    /// </summary>
    /// <param name="customerIndices">The customer of each row, in <c>[0, customerCount)</c>.</param>
    /// <param name="dates">The date of each row.</param>
    /// <param name="amounts">The amount of each row; negative amounts (returns) are kept.</param>
    /// <param name="orderIds">The order of each row.</param>
    /// <param name="customerCount">The number of customers; every index below it must occur.</param>
    /// <param name="asOf">The date recency is measured to, or <see langword="null"/> for the day after the latest date.</param>
    /// <returns>Columns indexed by customer index, without string ids.</returns>
    /// <exception cref="SegmentationException">
    /// Columns differ in length, an index is out of range or unused, an amount or a sum is not
    /// finite, or a date lies after <paramref name="asOf"/>.
    /// </exception>
    public static RfmAggregates Aggregate(
        ReadOnlySpan<int> customerIndices, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> amounts, ReadOnlySpan<long> orderIds, int customerCount, DateOnly? asOf) =>
        SpanAggregation.Run(customerIndices, dates, amounts, orderIds, hasOrderIds: true, customerCount, asOf);

    internal static SegmentationException FutureDate(string who, DateOnly date, DateOnly asOf, string location) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{who} has a transaction on {date:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}. Pass a later as-of date, or leave it out to use the day after the latest transaction, or drop future-dated rows."),
            location);

    internal static SegmentationException NotFinite(string what, double value, string location) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"{what} is {value}; RFM needs finite amounts. Remove or repair NaN and infinite amounts."),
            location);

    internal static DateOnly DefaultAsOf(int latestDay)
    {
        if (latestDay >= DateOnly.MaxValue.DayNumber)
        {
            throw new SegmentationException("The latest transaction is on DateOnly.MaxValue, so the day after it does not exist. Pass an explicit as-of date.", "asOf");
        }

        return DateOnly.FromDayNumber(latestDay + 1);
    }

    internal static void CheckSums(double[] sums, Func<int, string> who)
    {
        var bad = FiniteCheck.IndexOfNonFinite(sums);
        if (bad >= 0)
        {
            throw NotFinite($"The sum of amounts of {who(bad)}", sums[bad], who(bad));
        }
    }
}
