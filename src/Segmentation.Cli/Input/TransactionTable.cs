namespace Segmentation.Cli.Input;

/// <summary>
/// Transactions as columns: dense customer indices in first-seen order, dates, amounts and,
/// when the input has order ids, dense order indices. Ids are interned once per distinct value,
/// looked up from spans, so reading allocates per customer, not per row.
/// </summary>
internal sealed class TransactionTable
{
    private readonly Dictionary<string, int> _customerIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _orderLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _customerLookup;
    private readonly List<string> _customerIds = [];
    private int[] _customers;
    private DateOnly[] _dates;
    private double[] _amounts;
    private long[]? _orders;
    private long _nextAnonymousOrder = -1;

    public TransactionTable(bool hasOrderIds, int capacity = 1024)
    {
        _customers = new int[capacity];
        _dates = new DateOnly[capacity];
        _amounts = new double[capacity];
        _orders = hasOrderIds ? new long[capacity] : null;
        _customerLookup = _customerIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        _orderLookup = new Dictionary<string, long>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public bool HasOrderIds => _orders is not null;

    public int CustomerCount => _customerIds.Count;

    /// <summary>Gets the customer ids in first-seen order (index i is customer index i).</summary>
    public IReadOnlyList<string> CustomerIds => _customerIds;

    public ReadOnlySpan<int> Customers => _customers.AsSpan(0, Count);

    public ReadOnlySpan<DateOnly> Dates => _dates.AsSpan(0, Count);

    public ReadOnlySpan<double> Amounts => _amounts.AsSpan(0, Count);

    public ReadOnlySpan<long> Orders => _orders is null ? default : _orders.AsSpan(0, Count);

    /// <summary>Appends a row; an empty order id makes the line its own order.</summary>
    public void Add(ReadOnlySpan<char> customerId, DateOnly date, double amount, ReadOnlySpan<char> orderId)
    {
        if (Count == _customers.Length)
        {
            Grow();
        }

        _customers[Count] = IndexOf(customerId);
        _dates[Count] = date;
        _amounts[Count] = amount;
        if (_orders is not null)
        {
            _orders[Count] = orderId.IsEmpty ? _nextAnonymousOrder-- : OrderIndexOf(orderId);
        }

        Count++;
    }

    /// <summary>Copies the rows dated before <paramref name="before"/> into a new table (an earlier snapshot).</summary>
    public TransactionTable Before(DateOnly before)
    {
        var copy = new TransactionTable(HasOrderIds, Math.Max(Count, 16));
        for (var i = 0; i < Count; i++)
        {
            if (_dates[i] < before)
            {
                var order = _orders is null ? default : _orders[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
                copy.Add(_customerIds[_customers[i]], _dates[i], _amounts[i], order);
            }
        }

        return copy;
    }

    private int IndexOf(ReadOnlySpan<char> id)
    {
        if (_customerLookup.TryGetValue(id, out var index))
        {
            return index;
        }

        index = _customerIds.Count;
        var text = id.ToString();
        _customerIndex.Add(text, index);
        _customerIds.Add(text);
        return index;
    }

    private long OrderIndexOf(ReadOnlySpan<char> id)
    {
        if (!_orderLookup.TryGetValue(id, out var index))
        {
            index = _orderLookup.Dictionary.Count;
            _orderLookup.Dictionary.Add(id.ToString(), index);
        }

        return index;
    }

    private void Grow()
    {
        var size = (int)Math.Min(Array.MaxLength, 2L * _customers.Length);
        Array.Resize(ref _customers, size);
        Array.Resize(ref _dates, size);
        Array.Resize(ref _amounts, size);
        if (_orders is not null)
        {
            Array.Resize(ref _orders, size);
        }
    }
}
