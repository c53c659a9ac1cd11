using System.Numerics;
using System.Runtime.CompilerServices;

namespace Segmentation.Rfm.Aggregation;

/// <summary>
/// The customers of one id-hash partition while transactions are aggregated in parallel: a small
/// open-addressing table keyed by the id's hash and the id, each customer's <see cref="CustomerTotals"/>,
/// and the distinct (customer, order id) pairs. One thread at a time.
/// </summary>
/// <remarks>
/// A chunk brings each partition a few thousand rows, too few to keep its table in cache between
/// chunks, so a row's cost is the cache lines it touches: one slot (the hash is kept in the slot,
/// so a probe never reads another customer's entry) and one entry holding everything about the
/// customer (RfmRunBenchmarks: four scattered arrays cost a third more).
/// </remarks>
/// <param name="capacity">The customers to make room for at once: growing from a few entries leaves many
/// small arrays behind, and the collections that promote them cost more than the aggregation.</param>
internal sealed class CustomerPartition(int capacity)
{
    private readonly HashSet<(int Customer, string Order)> _orders = [];

    // The hash in the high 32 bits, the customer's index + 1 in the low (0 marks an empty slot).
    private ulong[] _slots = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    private Entry[] _entries = new Entry[capacity];

    /// <summary>Gets the number of customers.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Gets a value indicating whether every id so far starts with 8 code units below U+0100, so
    /// that <see cref="CopyTo"/>'s prefix keys are valid.
    /// </summary>
    public bool PrefixKeysValid { get; private set; } = true;

    /// <summary>Adds one line of the customer with <paramref name="id"/> (whose hash is <paramref name="hash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CustomerTotals.AddResult Add(string id, int hash, int day, decimal amount, string? orderId)
    {
        var c = IndexOf(id, hash);
        ref var entry = ref _entries[c];
        var startsOrder = true;
        if (orderId is not null)
        {
            // Consecutive lines of one order skip the set: the common case costs one compare.
            startsOrder = !string.Equals(entry.LastOrder, orderId, StringComparison.Ordinal) && _orders.Add((c, orderId));
            if (startsOrder)
            {
                entry.LastOrder = orderId;
            }
        }

        return entry.Totals.Add(day, amount, startsOrder);
    }

    /// <summary>Stage 1 of a lookup ahead of time: starts loading the slot of <paramref name="hash"/> into cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchSlot(int hash) => CacheHint.Prefetch(ref _slots[hash & (_slots.Length - 1)]);

    /// <summary>
    /// Stage 2, once the slot is in cache: starts loading the entry it points to, or, when it is
    /// empty, the id's characters (a new customer's prefix key reads them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchEntry(int hash, string id)
    {
        var occupant = _slots[hash & (_slots.Length - 1)];
        if (occupant == 0)
        {
            CacheHint.Prefetch(id);
        }
        else if ((uint)(occupant >> 32) == (uint)hash)
        {
            CacheHint.Prefetch(ref _entries[(int)(uint)occupant - 1]);
        }
    }

    /// <summary>Gets the running sum of the customer with <paramref name="id"/> (for an error message).</summary>
    public decimal SumOf(string id, int hash) => _entries[IndexOf(id, hash)].Totals.Sum;

    /// <summary>
    /// Copies the customers' ids, totals and prefix keys (each id's first 8 UTF-16 code units packed
    /// 8 bits each, the key <see cref="OrdinalIdSort"/> sorts on) to the columns from <paramref name="at"/>.
    /// </summary>
    public void CopyTo(string[] ids, CustomerTotals[] totals, ulong[] prefixKeys, int at)
    {
        foreach (ref readonly var entry in _entries.AsSpan(0, Count))
        {
            ids[at] = entry.Id;
            totals[at] = entry.Totals;
            prefixKeys[at] = entry.PrefixKey;
            at++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(string id, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        var tag = (ulong)(uint)hash << 32;
        while (true)
        {
            var occupant = _slots[slot];
            if (occupant == 0)
            {
                return Insert(id, hash, slot);
            }

            if ((occupant & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                var c = (int)(uint)occupant - 1;
                if (string.Equals(_entries[c].Id, id, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Insert(string id, int hash, int slot)
    {
        var c = Count;
        if (c == _entries.Length)
        {
            Array.Resize(ref _entries, c * 2);
        }

        // The id's characters are in cache now: its sort key is built on first sight.
        ulong key = 0;
        var wide = 0;
        for (var j = 0; j < 8; j++)
        {
            var code = j < id.Length ? id[j] : 0;
            wide |= code & 0xFF00;
            key = (key << 8) | (byte)code;
        }

        PrefixKeysValid &= wide == 0;
        _entries[c] = new Entry { Id = id, PrefixKey = key };
        _slots[slot] = ((ulong)(uint)hash << 32) | (uint)(c + 1);
        Count = c + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return c;
    }

    private void Rehash()
    {
        var slots = new ulong[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var occupant in _slots)
        {
            if (occupant == 0)
            {
                continue;
            }

            var slot = (int)(occupant >> 32) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = occupant;
        }

        _slots = slots;
    }

    /// <summary>Everything about one customer, in one place (one cache line to fetch).</summary>
    private struct Entry
    {
        public CustomerTotals Totals;
        public string Id;
        public string? LastOrder;
        public ulong PrefixKey;
    }
}
