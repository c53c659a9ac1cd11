using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>The one-pass columnar aggregation behind <see cref="RfmAggregator"/>'s span overloads.</summary>
internal static class SpanAggregation
{
    public static RfmAggregates Run(
        ReadOnlySpan<int> customers, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<decimal> amounts, ReadOnlySpan<long> orderIds,
        bool hasOrderIds, int customerCount, DateOnly? asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customerCount);
        if (dates.Length != customers.Length || amounts.Length != customers.Length || (hasOrderIds && orderIds.Length != customers.Length))
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"Transaction columns differ in length (customers {customers.Length}, dates {dates.Length}, amounts {amounts.Length}{(hasOrderIds ? $", orders {orderIds.Length}" : string.Empty)}). Pass one value per row in every column."),
                "columns");
        }

        // One record per customer: a row with a random customer costs one cache miss, not three.
        var totals = new CustomerTotals[customerCount];
        var lastOrder = hasOrderIds ? new long[customerCount] : [];
        var orders = hasOrderIds ? new OrderKeySet(customers.Length) : null;
        var latest = int.MinValue;
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            if ((uint)c >= (uint)customerCount)
            {
                ThrowIndex(i, c, customerCount);
            }

            var day = dates[i].DayNumber;
            latest = Math.Max(latest, day);
            ref var customer = ref totals[c];
            var startsOrder = true;
            if (hasOrderIds)
            {
                // Consecutive lines of one order skip the set: the common case costs one compare.
                var order = orderIds[i];
                startsOrder = customer.HasLines
                    ? lastOrder[c] != order && orders!.Add(c, order)
                    : orders!.Add(c, order);
                if (startsOrder)
                {
                    lastOrder[c] = order;
                }
            }

            if (customer.Add(day, amounts[i], startsOrder) != CustomerTotals.AddResult.Added)
            {
                ThrowSum(i, customer.Sum, amounts[i]);
            }
        }

        var columns = AggregationRules.Columns(totals, null, latest, asOf, customers.Length, c => string.Create(CultureInfo.InvariantCulture, $"customer {c}"));
        return RfmAggregates.FromColumns(columns, CancellationToken.None);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex(int row, int index, int count) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"Row {row} names customer index {index}, outside 0..{count - 1}. Map customer ids to dense indices first, or pass a larger customerCount."),
            string.Create(CultureInfo.InvariantCulture, $"row {row}"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSum(int row, decimal sum, decimal amount) =>
        throw ExactMoney.OutOfRange(string.Create(CultureInfo.InvariantCulture, $"Row {row}"), sum, amount, string.Create(CultureInfo.InvariantCulture, $"row {row}"));
}
