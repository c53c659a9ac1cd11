namespace Segmentation.Cli.Input;

/// <summary>
/// Turns the customer id of every row into a dense customer index, cache-friendly and on all
/// cores: ids are appended to one character arena while reading; then rows are partitioned by
/// the id's hash and each partition is interned with its own small hash table (a million-entry
/// dictionary probed at random was the reader's bottleneck: one cache miss chain per row).
/// </summary>
internal sealed class CustomerIdInterner
{
    private const int PartitionBits = 10;
    private const int Partitions = 1 << PartitionBits;

    private char[] _arena = new char[1 << 16];
    private long _arenaLength;
    private RowKey[] _keys = new RowKey[1024];
    private int _count;

    public int Count => _count;

    public void Add(ReadOnlySpan<char> id)
    {
        if (_arenaLength + id.Length > _arena.Length)
        {
            var size = Math.Max(_arenaLength + id.Length, Math.Min(Array.MaxLength, 2L * _arena.Length));
            if (size > Array.MaxLength)
            {
                throw new SegmentationException("The customer ids of this input exceed 2 GB of text; split the input.", "customer_id");
            }

            Array.Resize(ref _arena, (int)size);
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, (int)Math.Min(Array.MaxLength, 2L * _keys.Length));
        }

        id.CopyTo(_arena.AsSpan((int)_arenaLength));
        _keys[_count++] = new RowKey((uint)string.GetHashCode(id), (int)_arenaLength, id.Length, 0);
        _arenaLength += id.Length;
    }

    /// <summary>Assigns dense indices; returns each row's customer index and the ids by index.</summary>
    public (int[] Customers, List<string> Ids) Build(CancellationToken cancellationToken)
    {
        var count = _count;
        var starts = new int[Partitions + 1];
        for (var i = 0; i < count; i++)
        {
            starts[Partition(_keys[i].Hash) + 1]++;
        }

        for (var p = 0; p < Partitions; p++)
        {
            starts[p + 1] += starts[p];
        }

        // Scatter the keys by partition so each partition reads its rows contiguously.
        var next = (int[])starts.Clone();
        var scattered = new RowKey[count];
        for (var i = 0; i < count; i++)
        {
            var key = _keys[i];
            scattered[next[Partition(key.Hash)]++] = key with { Row = i };
        }

        _keys = [];
        var local = new int[count];
        var firsts = new List<int>[Partitions];
        Parallel.For(0, Partitions, new ParallelOptions { CancellationToken = cancellationToken }, p =>
            firsts[p] = InternPartition(scattered, starts[p], starts[p + 1], local));

        var offsets = new int[Partitions + 1];
        for (var p = 0; p < Partitions; p++)
        {
            offsets[p + 1] = offsets[p] + firsts[p].Count;
        }

        var customers = new int[count];
        Parallel.For(0, Partitions, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            foreach (var key in scattered.AsSpan(starts[p], starts[p + 1] - starts[p]))
            {
                customers[key.Row] = offsets[p] + local[key.Row];
            }
        });

        var ids = new List<string>(offsets[Partitions]);
        foreach (var first in firsts)
        {
            foreach (var row in first)
            {
                var key = scattered[row];
                ids.Add(new string(_arena, key.Start, key.Length));
            }
        }

        _arena = [];
        return (customers, ids);
    }

    private List<int> InternPartition(RowKey[] scattered, int start, int end, int[] local)
    {
        // Open addressing; a slot holds 1 + the position (in the scattered array) of the key's first row.
        var firsts = new List<int>();
        if (end == start)
        {
            return firsts;
        }

        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (end - start) * 2));
        var slots = new int[size];
        var slotLocal = new int[size];
        var mask = size - 1;
        for (var i = start; i < end; i++)
        {
            var key = scattered[i];
            var id = _arena.AsSpan(key.Start, key.Length);
            var slot = (int)(key.Hash >> PartitionBits) & mask;
            while (true)
            {
                var occupant = slots[slot];
                if (occupant == 0)
                {
                    slots[slot] = i + 1;
                    slotLocal[slot] = firsts.Count;
                    local[key.Row] = firsts.Count;
                    firsts.Add(i);
                    break;
                }

                var other = scattered[occupant - 1];
                if (other.Hash == key.Hash && _arena.AsSpan(other.Start, other.Length).SequenceEqual(id))
                {
                    local[key.Row] = slotLocal[slot];
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        return firsts;
    }

    private static int Partition(uint hash) => (int)(hash & (Partitions - 1));

    private readonly record struct RowKey(uint Hash, int Start, int Length, int Row);
}
