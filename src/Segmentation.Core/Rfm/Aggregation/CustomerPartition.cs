using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// The customers of one id-hash partition while transactions are aggregated in parallel: a small
/// open-addressing table keyed by the id's hash and the id, each customer's <see cref="CustomerTotals"/>,
/// and the distinct (customer, order id) pairs. One thread at a time.
/// </summary>
/// <param name="capacity">The customers to make room for at once: growing from a few entries leaves many
/// small arrays of references behind, and the collections that promote them cost more than the
/// aggregation (RfmRunBenchmarks).</param>
internal sealed class CustomerPartition(int capacity)
{
    private readonly HashSet<(int Customer, string Order)> _orders = [];
    private int[] _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)]; // customer + 1; 0 marks an empty slot
    private int[] _hashes = new int[capacity];
    private string[] _ids = new string[capacity];
    private string?[] _lastOrders = new string?[capacity];
    private CustomerTotals[] _totals = new CustomerTotals[capacity];
    private ulong[] _prefixKeys = new ulong[capacity];

    /// <summary>Gets the number of customers.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the customers' ids, <see cref="Count"/> of them.</summary>
    public ReadOnlySpan<string> Ids => _ids.AsSpan(0, Count);

    /// <summary>Gets the customers' totals, <see cref="Count"/> of them.</summary>
    public ReadOnlySpan<CustomerTotals> Totals => _totals.AsSpan(0, Count);

    /// <summary>
    /// Gets each id's first 8 UTF-16 code units packed 8 bits each (the key <see cref="OrdinalIdSort"/>
    /// sorts on), built when the customer is first seen and its characters are in cache anyway.
    /// </summary>
    public ReadOnlySpan<ulong> PrefixKeys => _prefixKeys.AsSpan(0, Count);

    /// <summary>Gets a value indicating whether every id so far starts with 8 code units below U+0100 (so <see cref="PrefixKeys"/> are valid).</summary>
    public bool PrefixKeysValid { get; private set; } = true;

    /// <summary>Adds one line of the customer with <paramref name="id"/> (whose hash is <paramref name="hash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CustomerTotals.AddResult Add(string id, int hash, int day, decimal amount, string? orderId)
    {
        var c = IndexOf(id, hash);
        var startsOrder = true;
        if (orderId is not null)
        {
            // Consecutive lines of one order skip the set: the common case costs one compare.
            ref var last = ref _lastOrders[c];
            startsOrder = !string.Equals(last, orderId, StringComparison.Ordinal) && _orders.Add((c, orderId));
            if (startsOrder)
            {
                last = orderId;
            }
        }

        return _totals[c].Add(day, amount, startsOrder);
    }

    /// <summary>Gets the running sum of the customer with <paramref name="id"/> (for an error message).</summary>
    public decimal SumOf(string id, int hash) => _totals[IndexOf(id, hash)].Sum;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(string id, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var occupant = _slots[slot];
            if (occupant == 0)
            {
                return Insert(id, hash, slot);
            }

            var c = occupant - 1;
            if (_hashes[c] == hash && string.Equals(_ids[c], id, StringComparison.Ordinal))
            {
                return c;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Insert(string id, int hash, int slot)
    {
        var c = Count;
        if (c == _ids.Length)
        {
            var size = c * 2;
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _ids, size);
            Array.Resize(ref _lastOrders, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _prefixKeys, size);
        }

        ulong key = 0;
        var wide = 0;
        for (var j = 0; j < 8; j++)
        {
            var code = j < id.Length ? id[j] : 0;
            wide |= code & 0xFF00;
            key = (key << 8) | (byte)code;
        }

        _prefixKeys[c] = key;
        PrefixKeysValid &= wide == 0;

        _hashes[c] = hash;
        _ids[c] = id;
        _slots[slot] = c + 1;
        Count = c + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return c;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var c = 0; c < Count; c++)
        {
            var slot = _hashes[c] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = c + 1;
        }

        _slots = slots;
    }
}
