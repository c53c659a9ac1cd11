using System.Globalization;

namespace Segmentation.Rfm.Aggregation;

/// <summary>Per-customer running values for transactions with string ids.</summary>
internal sealed class TransactionAccumulator(DateOnly? asOf)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly HashSet<(int Customer, string Order)> _orders = [];
    private readonly List<string> _ids = [];
    private CustomerTotals[] _totals = new CustomerTotals[16];
    private int _latest = int.MinValue;
    private long _row;

    /// <summary>Gets the number of rows added so far (a long: streams may exceed 2^31 rows).</summary>
    public long Rows => _row;

    internal void SetFrequencyForTests(int customer, int frequency) => _totals[customer].Frequency = frequency;

    public void Add(in RfmTransaction transaction)
    {
        var row = _row++;
        if (transaction.CustomerId is null)
        {
            throw NoCustomerId(row);
        }

        var date = DateOnly.FromDateTime(transaction.Timestamp);
        if (date > asOf)
        {
            throw AggregationRules.FutureDate($"Customer '{transaction.CustomerId}'", date, asOf.Value, Location(row, nameof(RfmTransaction.Timestamp)));
        }

        var c = IndexOf(transaction.CustomerId);
        var day = date.DayNumber;
        _latest = Math.Max(_latest, day);
        ref var customer = ref _totals[c];
        var startsOrder = transaction.OrderId is null || _orders.Add((c, transaction.OrderId));
        switch (customer.Add(day, transaction.Amount, startsOrder))
        {
            case CustomerTotals.AddResult.TooManyOrders:
                throw TooManyOrders(transaction.CustomerId, row);
            case CustomerTotals.AddResult.SumOutOfRange:
                throw ExactMoney.OutOfRange(
                    string.Create(CultureInfo.InvariantCulture, $"Transaction {row} (customer '{transaction.CustomerId}')"), customer.Sum, transaction.Amount, Location(row, nameof(RfmTransaction.Amount)));
        }
    }

    public CustomerColumns Build() =>
        AggregationRules.Columns(_totals.AsSpan(0, _ids.Count), [.. _ids], _latest, asOf, _row, c => $"customer '{_ids[c]}'");

    private int IndexOf(string id)
    {
        if (_index.TryGetValue(id, out var c))
        {
            return c;
        }

        c = _ids.Count;
        if (c == int.MaxValue - 1)
        {
            throw new SegmentationException("More than 2,147,483,646 distinct customers; aggregate in partitions.", "customers");
        }

        _index.Add(id, c);
        _ids.Add(id);
        if (c == _totals.Length)
        {
            Array.Resize(ref _totals, (int)Math.Min(Array.MaxLength, 2L * c));
        }

        return c;
    }

    internal static string Location(long row, string member) =>
        string.Create(CultureInfo.InvariantCulture, $"transactions[{row}].{member}");

    internal static SegmentationException NoCustomerId(long row) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Transaction {row} has no customer id. Every transaction needs one."),
            Location(row, nameof(RfmTransaction.CustomerId)));

    internal static SegmentationException TooManyOrders(string customerId, long row) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Customer '{customerId}' has more than {int.MaxValue} orders, the limit per customer."),
            Location(row, nameof(RfmTransaction.OrderId)));
}
