namespace Segmentation.Cli.Input;

/// <summary>
/// Transactions as columns: dates, amounts, optional dense order indices, and customer ids that
/// become dense customer indices when the table is sealed (<see cref="CustomerIdInterner"/>).
/// Reading allocates per distinct id, not per row.
/// </summary>
internal sealed class TransactionTable
{
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _orderLookup;
    private CustomerIdInterner? _interner = new();
    private List<string> _customerIds = [];
    private int[] _customers = [];
    private DateOnly[] _dates;
    private decimal[] _amounts;
    private long[]? _orders;
    private long _nextAnonymousOrder = -1;

    public TransactionTable(bool hasOrderIds, int capacity = 1024)
    {
        _dates = new DateOnly[capacity];
        _amounts = new decimal[capacity];
        _orders = hasOrderIds ? new long[capacity] : null;
        _orderLookup = new Dictionary<string, long>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; private set; }

    public bool HasOrderIds => _orders is not null;

    public int CustomerCount => Sealed()._customerIds.Count;

    /// <summary>Gets the customer ids by customer index (no particular order).</summary>
    public IReadOnlyList<string> CustomerIds => Sealed()._customerIds;

    public ReadOnlySpan<int> Customers => Sealed()._customers.AsSpan(0, Count);

    public ReadOnlySpan<DateOnly> Dates => _dates.AsSpan(0, Count);

    public ReadOnlySpan<decimal> Amounts => _amounts.AsSpan(0, Count);

    public ReadOnlySpan<long> Orders => _orders is null ? default : _orders.AsSpan(0, Count);

    /// <summary>Appends a row; an empty order id makes the line its own order.</summary>
    public void Add(ReadOnlySpan<char> customerId, DateOnly date, decimal amount, ReadOnlySpan<char> orderId)
    {
        var interner = _interner ?? throw new InvalidOperationException("The table is sealed.");
        if (Count == _dates.Length)
        {
            Grow();
        }

        interner.Add(customerId);
        _dates[Count] = date;
        _amounts[Count] = amount;
        if (_orders is not null)
        {
            _orders[Count] = orderId.IsEmpty ? _nextAnonymousOrder-- : OrderIndexOf(orderId);
        }

        Count++;
    }

    /// <summary>Assigns the customer indices; no row can be added afterwards.</summary>
    public void Seal(CancellationToken cancellationToken)
    {
        if (_interner is not null)
        {
            (_customers, _customerIds) = _interner.Build(cancellationToken);
            _interner = null;
        }
    }

    /// <summary>Copies the rows dated before <paramref name="before"/> into a new table (an earlier snapshot).</summary>
    public TransactionTable Before(DateOnly before)
    {
        Sealed();
        var copy = new TransactionTable(HasOrderIds, Math.Max(Count, 16));
        for (var i = 0; i < Count; i++)
        {
            if (_dates[i] < before)
            {
                var order = _orders is null ? default : _orders[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
                copy.Add(_customerIds[_customers[i]], _dates[i], _amounts[i], order);
            }
        }

        copy.Seal(CancellationToken.None);
        return copy;
    }

    private TransactionTable Sealed()
    {
        Seal(CancellationToken.None);
        return this;
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
        var size = (int)Math.Min(Array.MaxLength, 2L * _dates.Length);
        Array.Resize(ref _dates, size);
        Array.Resize(ref _amounts, size);
        if (_orders is not null)
        {
            Array.Resize(ref _orders, size);
        }
    }
}
