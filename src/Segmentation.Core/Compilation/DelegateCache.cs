using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Segmentation.Catalog;

namespace Segmentation.Compilation;

/// <summary>
/// The compiler's cache of compiled delegates by (catalog, record type, shape), bounded by a count of
/// entries: when a new entry takes it over the capacity, the least recently used tenth is evicted.
/// </summary>
/// <remarks>
/// Thread-safe. Entries are found per catalog through a weak table, so a collected catalog takes its
/// entries with it. A hit costs one interlocked increment (the use stamp); eviction sorts the entries
/// by stamp under a lock that only one evicting thread takes, so lookups never wait for it. The count
/// may pass the capacity by the inserts that race with one eviction, never by more.
/// </remarks>
internal sealed class DelegateCache
{
    private readonly ConditionalWeakTable<FieldCatalog, ConcurrentDictionary<(Type, string), Entry>> _catalogs = [];
    private readonly Lock _evicting = new();
    private long _clock;
    private int _count;

    internal DelegateCache(int capacity) => Capacity = capacity;

    internal int Capacity { get; }

    internal int Count => Volatile.Read(ref _count);

    /// <summary>Returns the cached delegate of a shape, compiling it on first use; <paramref name="hit"/> tells which.</summary>
    internal Delegate GetOrAdd(FieldCatalog catalog, Type recordType, string shape, Func<Delegate> compile, out bool hit)
    {
        var entries = _catalogs.GetValue(catalog, static _ => new ConcurrentDictionary<(Type, string), Entry>());
        var key = (recordType, shape);
        var stamp = Interlocked.Increment(ref _clock);
        hit = entries.TryGetValue(key, out var entry);
        if (!hit)
        {
            var created = new Entry(new Lazy<Delegate>(compile, LazyThreadSafetyMode.ExecutionAndPublication), stamp);
            entry = entries.GetOrAdd(key, created);
            hit = entry != created;
            if (!hit && Interlocked.Increment(ref _count) > Capacity)
            {
                Evict();
            }
        }

        Volatile.Write(ref entry!.LastUse, stamp);
        return entry.Value.Value;
    }

    private void Evict()
    {
        // One thread evicts; the others go on (the count is over by at most their inserts meanwhile).
        if (!_evicting.TryEnter())
        {
            return;
        }

        try
        {
            var all = new List<(long Stamp, ConcurrentDictionary<(Type, string), Entry> Owner, KeyValuePair<(Type, string), Entry> Pair)>(Capacity + 16);
            foreach (var (_, entries) in _catalogs)
            {
                foreach (var pair in entries)
                {
                    all.Add((Volatile.Read(ref pair.Value.LastUse), entries, pair));
                }
            }

            // Evict down to nine tenths of the capacity, so the sort is paid once per tenth of inserts.
            var keep = Math.Max(1, Capacity - Math.Max(1, Capacity / 10));
            var remove = all.Count - keep;
            var removed = 0;
            if (remove > 0)
            {
                all.Sort(static (a, b) => a.Stamp.CompareTo(b.Stamp));
                for (var i = 0; i < remove; i++)
                {
                    // Removes the pair only if it still holds this entry.
                    if (all[i].Owner.TryRemove(all[i].Pair))
                    {
                        removed++;
                    }
                }
            }

            // Recounted, not decremented: entries of collected catalogs leave the weak table unseen.
            // An insert racing with this pass may go uncounted until the next one; the bound holds.
            Interlocked.Exchange(ref _count, all.Count - removed);
        }
        finally
        {
            _evicting.Exit();
        }
    }

    private sealed class Entry(Lazy<Delegate> value, long stamp)
    {
        internal readonly Lazy<Delegate> Value = value;

        // The clock value of the latest use; the least recent are evicted first.
        internal long LastUse = stamp;
    }
}
