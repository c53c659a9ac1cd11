using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>
/// Turns transactions into per-customer recency (days), frequency (distinct orders) and
/// monetary (exact sum of amounts) columns.
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
    /// Columns differ in length, an index is out of range or unused, a customer's sum leaves the
    /// exact range of <see cref="decimal"/> (28 significant digits), or a date lies after <paramref name="asOf"/>.
    /// </exception>
    public static RfmAggregates Aggregate(
        ReadOnlySpan<int> customerIndices, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<decimal> amounts, int customerCount, DateOnly? asOf) =>
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
    /// Columns differ in length, an index is out of range or unused, a customer's sum leaves the
    /// exact range of <see cref="decimal"/> (28 significant digits), or a date lies after <paramref name="asOf"/>.
    /// </exception>
    public static RfmAggregates Aggregate(
        ReadOnlySpan<int> customerIndices, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<decimal> amounts, ReadOnlySpan<long> orderIds, int customerCount, DateOnly? asOf) =>
        SpanAggregation.Run(customerIndices, dates, amounts, orderIds, hasOrderIds: true, customerCount, asOf);
}
