using System.Globalization;

namespace Segmentation.Rfm;

/// <summary>Per-customer running values for transactions with string ids.</summary>
internal sealed class TransactionAccumulator(DateOnly? asOf)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly HashSet<(int Customer, string Order)> _orders = [];
    private readonly List<string> _ids = [];
    private CustomerState[] _state = new CustomerState[16];
    private int _latest = int.MinValue;
    private long _row;

    /// <summary>Gets the number of rows added so far (a long: streams may exceed 2^31 rows).</summary>
    public long Rows => _row;

    internal void SetFrequencyForTests(int customer, int frequency) => _state[customer].Frequency = frequency;

    public void Add(in RfmTransaction transaction)
    {
        var row = _row++;
        if (transaction.CustomerId is null)
        {
            throw new SegmentationException(
                string.Create(CultureInfo.InvariantCulture, $"Transaction {row} has no customer id. Every transaction needs one."),
                Location(row, nameof(RfmTransaction.CustomerId)));
        }

        if (!double.IsFinite(transaction.Amount))
        {
            throw RfmAggregator.NotFinite(
                string.Create(CultureInfo.InvariantCulture, $"The amount of transaction {row} (customer '{transaction.CustomerId}')"),
                transaction.Amount,
                Location(row, nameof(RfmTransaction.Amount)));
        }

        var date = DateOnly.FromDateTime(transaction.Timestamp);
        if (date > asOf)
        {
            throw RfmAggregator.FutureDate($"Customer '{transaction.CustomerId}'", date, asOf.Value, Location(row, nameof(RfmTransaction.Timestamp)));
        }

        var c = IndexOf(transaction.CustomerId);
        var day = date.DayNumber;
        _latest = Math.Max(_latest, day);
        ref var customer = ref _state[c];
        customer.Sum += transaction.Amount;
        customer.LastDay = customer.Frequency == 0 ? day : Math.Max(customer.LastDay, day);
        if (transaction.OrderId is null || _orders.Add((c, transaction.OrderId)))
        {
            if (customer.Frequency == int.MaxValue)
            {
                throw new SegmentationException(
                    string.Create(CultureInfo.InvariantCulture, $"Customer '{transaction.CustomerId}' has more than {int.MaxValue} orders, the limit per customer."),
                    Location(row, nameof(RfmTransaction.OrderId)));
            }

            customer.Frequency++;
        }
    }

    public RfmAggregates Build()
    {
        var count = _ids.Count;
        if (count == 0)
        {
            return new RfmAggregates([], [], [], [], asOf);
        }

        var asOfDate = asOf ?? RfmAggregator.DefaultAsOf(_latest);
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var ids = _ids.ToArray();
        Array.Sort(ids, order, StringComparer.Ordinal);
        var recency = new int[count];
        var frequency = new int[count];
        var sums = new double[count];
        for (var i = 0; i < count; i++)
        {
            var c = order[i];
            recency[i] = asOfDate.DayNumber - _state[c].LastDay;
            frequency[i] = _state[c].Frequency;
            sums[i] = _state[c].Sum;
        }

        RfmAggregator.CheckSums(sums, i => $"customer '{ids[i]}'");
        return new RfmAggregates(recency, frequency, sums, ids, asOfDate);
    }

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
        if (c == _state.Length)
        {
            Array.Resize(ref _state, (int)Math.Min(Array.MaxLength, 2L * c));
        }

        return c;
    }

    private struct CustomerState
    {
        public double Sum;
        public int LastDay;
        public int Frequency;
    }

    private static string Location(long row, string member) =>
        string.Create(CultureInfo.InvariantCulture, $"transactions[{row}].{member}");
}
