using Segmentation.Rfm.Aggregation;

namespace Segmentation.Rfm;

/// <summary>
/// Collects the grouped rows (one per customer) into fixed-size chunks (24 bytes a row: the id, the
/// day, the orders and the sum packed into 8 bytes when it fits), then copies them once into
/// exact-length columns sorted in place by ordinal id: no regrowth copies, no permutation, no
/// object per row. Applies the aggregation's rules and errors (no future date, the default as-of date).
/// </summary>
/// <typeparam name="TId">The id as read: <see cref="long"/> from an integer column, else <see cref="string"/>.</typeparam>
internal sealed class RowChunks<TId>(DateOnly? asOf, Func<TId, string> idText)
{
    // Chunks start small (a few customers cost little) and stop growing at 16,384 rows (384 KB of columns: 24 bytes a row).
    private const int FirstChunk = 256;
    private const int LargestChunk = 1 << 14;

    private readonly List<Chunk> _chunks = [];
    private Chunk _current = Chunk.Empty;
    private int _used;
    private int _count;
    private int _latest = int.MinValue;
    private long _lines;

    /// <summary>Adds one customer's grouped row.</summary>
    public void Add(TId id, DateTime lastOrderedAt, int orders, long lines, decimal monetary)
    {
        var day = DateOnly.FromDateTime(lastOrderedAt).DayNumber;
        if (asOf is { } date && day > date.DayNumber)
        {
            throw AggregationRules.FutureDate($"Customer '{idText(id)}'", DateOnly.FromDayNumber(day), date, $"orders[customer '{idText(id)}'].orderedAt");
        }

        if (_used == _current.Ids.Length)
        {
            _current = new Chunk(Math.Clamp(_count, FirstChunk, LargestChunk));
            _chunks.Add(_current);
            _used = 0;
        }

        _current.Ids[_used] = id;
        _current.Days[_used] = day;
        _current.Orders[_used] = orders;
        _current.SetSum(_used, monetary);
        _used++;
        _count++;
        _latest = Math.Max(_latest, day);
        _lines += lines;
    }

    /// <summary>Builds the aggregates in ordinal id order.</summary>
    /// <typeparam name="TOrder">The id order's comparer.</typeparam>
    /// <param name="order">Orders the ids as <see cref="string.CompareOrdinal(string, string)"/> orders their text.</param>
    /// <param name="create">Makes the aggregates from the sorted columns (ids, recency, frequency, monetary, as-of date, lines).</param>
    /// <param name="cancellationToken">Checked before the sort.</param>
    public RfmAggregates Build<TOrder>(TOrder order, Func<TId[], int[], int[], decimal[], DateOnly?, long, RfmAggregates> create, CancellationToken cancellationToken)
        where TOrder : struct, IComparer<TId>
    {
        if (_count == 0)
        {
            throw RfmPipeline.NothingToScore();
        }

        var asOfDate = AggregationRules.AsOf(asOf, _latest, anyRows: true)!.Value;
        var (ids, recency, frequency, monetary) = (new TId[_count], new int[_count], new int[_count], new decimal[_count]);
        var at = 0;
        foreach (var chunk in _chunks)
        {
            var length = Math.Min(chunk.Ids.Length, _count - at);
            chunk.Ids.AsSpan(0, length).CopyTo(ids.AsSpan(at));
            chunk.Orders.AsSpan(0, length).CopyTo(frequency.AsSpan(at));
            for (var i = 0; i < length; i++)
            {
                // Never negative: a day after a given as-of date was refused in Add, and the default is after the latest day.
                recency[at + i] = AggregationRules.RecencyDays(asOfDate.DayNumber, chunk.Days[i]);
                monetary[at + i] = chunk.Sum(i);
            }

            at += length;
        }

        _chunks.Clear();
        _current = Chunk.Empty;
        cancellationToken.ThrowIfCancellationRequested();

        // Ordinal id order is the contract's, and so the ntile tie-break.
        ColumnSort.Sort(ids, recency, frequency, monetary, order);
        return create(ids, recency, frequency, monetary, asOfDate, _lines);
    }

    private sealed class Chunk(int size)
    {
        // A packed value never has scale 31 (decimal scales stop at 28).
        private const ulong WideMarker = 31;

        // Sums in 8 bytes each (PackedMoney); one that does not fit goes to _wide, allocated on first need.
        private readonly ulong[] _sums = new ulong[size];
        private decimal[]? _wide;

        public static Chunk Empty { get; } = new(0);

        public TId[] Ids { get; } = new TId[size];

        public int[] Days { get; } = new int[size];

        public int[] Orders { get; } = new int[size];

        public void SetSum(int i, decimal sum)
        {
            if (PackedMoney.TryPack(sum, out _sums[i]))
            {
                return;
            }

            _wide ??= new decimal[_sums.Length];
            _wide[i] = sum;
            _sums[i] = WideMarker;
        }

        public decimal Sum(int i) => _sums[i] == WideMarker ? _wide![i] : PackedMoney.Unpack(_sums[i]);
    }
}
