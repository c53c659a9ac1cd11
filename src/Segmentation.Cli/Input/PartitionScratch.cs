namespace Segmentation.Cli.Input;

/// <summary>A worker's reusable hash table and entry buffer for the fast path's partitions.</summary>
internal sealed class PartitionScratch
{
    private int[] _slots = [];
    private CustomerEntry[] _entries = [];

    /// <summary>Returns a cleared slot array of exactly <paramref name="size"/> entries.</summary>
    public Span<int> Slots(int size)
    {
        if (_slots.Length < size)
        {
            _slots = new int[size];
            return _slots.AsSpan(0, size);
        }

        var slots = _slots.AsSpan(0, size);
        slots.Clear();
        return slots;
    }

    public CustomerEntry[] Entries(int capacity)
    {
        if (_entries.Length < capacity)
        {
            _entries = new CustomerEntry[Math.Max(capacity, _entries.Length * 2)];
        }

        return _entries;
    }
}
