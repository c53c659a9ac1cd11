using System.Globalization;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm;

/// <summary>The one-pass columnar aggregation behind <see cref="RfmAggregator"/>'s span overloads.</summary>
internal static class SpanAggregation
{
    public static RfmAggregates Run(
        ReadOnlySpan<int> customers, ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> amounts, ReadOnlySpan<long> orderIds,
        bool hasOrderIds, int customerCount, DateOnly? asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(customerCount);
        if (dates.Length != customers.Length || amounts.Length != customers.Length || (hasOrderIds && orderIds.Length != customers.Length))
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"Transaction columns differ in length (customers {customers.Length}, dates {dates.Length}, amounts {amounts.Length}{(hasOrderIds ? $", orders {orderIds.Length}" : string.Empty)}). Pass one value per row in every column."),
                "columns");
        }

        // One 16-byte record per customer: a row with a random customer costs one cache miss, not
        // three. Frequency 0 marks an unseen customer.
        var state = new CustomerState[customerCount];
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

            var amount = amounts[i];
            if (!double.IsFinite(amount))
            {
                ThrowAmount(i, amount);
            }

            var day = dates[i].DayNumber;
            latest = Math.Max(latest, day);
            ref var customer = ref state[c];
            customer.Sum += amount;
            customer.LastDay = customer.Frequency == 0 ? day : Math.Max(customer.LastDay, day);
            if (!hasOrderIds)
            {
                customer.Frequency++;
            }
            else
            {
                // Consecutive lines of one order skip the set: the common case costs one compare.
                var order = orderIds[i];
                var isNew = customer.Frequency == 0
                    ? orders!.Add(c, order)
                    : lastOrder[c] != order && orders!.Add(c, order);
                if (isNew)
                {
                    customer.Frequency++;
                    lastOrder[c] = order;
                }
            }
        }

        var lastDay = new int[customerCount];
        var frequency = new int[customerCount];
        var sums = new double[customerCount];
        for (var c = 0; c < state.Length; c++)
        {
            (lastDay[c], frequency[c], sums[c]) = (state[c].LastDay, state[c].Frequency, state[c].Sum);
        }

        return Finish(lastDay, frequency, sums, latest, asOf);
    }

    private struct CustomerState
    {
        public double Sum;
        public int LastDay;
        public int Frequency;
    }

    private static RfmAggregates Finish(int[] lastDay, int[] frequency, double[] sums, int latest, DateOnly? asOf)
    {
        if (lastDay.Length == 0)
        {
            return new RfmAggregates([], [], [], null, asOf);
        }

        var asOfDate = asOf ?? RfmAggregator.DefaultAsOf(latest);
        var asOfDay = asOfDate.DayNumber;
        for (var c = 0; c < lastDay.Length; c++)
        {
            if (frequency[c] == 0)
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"Customer index {c} has no transactions. The span overloads need dense indices 0..customerCount-1, each with at least one row."),
                    string.Create(CultureInfo.InvariantCulture, $"customer {c}"));
            }

            if (lastDay[c] > asOfDay)
            {
                throw RfmAggregator.FutureDate(
                    string.Create(CultureInfo.InvariantCulture, $"Customer index {c}"), DateOnly.FromDayNumber(lastDay[c]), asOfDate, string.Create(CultureInfo.InvariantCulture, $"customer {c}"));
            }

            lastDay[c] = asOfDay - lastDay[c];
        }

        RfmAggregator.CheckSums(sums, c => string.Create(CultureInfo.InvariantCulture, $"customer {c}"));
        return new RfmAggregates(lastDay, frequency, sums, null, asOfDate);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndex(int row, int index, int count) =>
        throw new SegmentationException(
            string.Create(CultureInfo.InvariantCulture, $"Row {row} names customer index {index}, outside 0..{count - 1}. Map customer ids to dense indices first, or pass a larger customerCount."),
            string.Create(CultureInfo.InvariantCulture, $"row {row}"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowAmount(int row, double amount) =>
        throw RfmAggregator.NotFinite(string.Create(CultureInfo.InvariantCulture, $"The amount in row {row}"), amount, string.Create(CultureInfo.InvariantCulture, $"row {row}"));
}
