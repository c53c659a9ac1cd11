namespace Segmentation.Analytics;

/// <summary>Reads one run of a merge join and rejects ids that are not strictly ascending.</summary>
internal sealed class SortedRunReader<TKey>(IAsyncEnumerator<CustomerSegments<TKey>> source, IComparer<TKey> comparer, string run)
    where TKey : notnull
{
    private bool _hasPrevious;

    public bool HasCurrent { get; private set; }

    public CustomerSegments<TKey> Current { get; private set; }

    public async ValueTask MoveNextAsync()
    {
        var previous = Current;
        HasCurrent = await source.MoveNextAsync().ConfigureAwait(false);
        if (!HasCurrent)
        {
            return;
        }

        Current = source.Current;
        if (_hasPrevious)
        {
            var order = comparer.Compare(previous.CustomerId, Current.CustomerId);
            if (order >= 0)
            {
                ThrowUnsorted(previous.CustomerId, Current.CustomerId, order == 0);
            }
        }

        _hasPrevious = true;
    }

    private void ThrowUnsorted(TKey previous, TKey current, bool duplicate)
    {
        var id = SegmentNames.FormatId(current);
        var problem = duplicate
            ? $"customer '{id}' appears twice"
            : $"customer '{id}' comes after customer '{SegmentNames.FormatId(previous)}'";
        throw new SegmentationException(
            $"The {run} run is not sorted by customer id: {problem}. The streaming migration needs both runs sorted ascending by the same comparer, each customer once; sort them (e.g. ORDER BY customer id) or use the in-memory SegmentMigration.Compare.",
            $"{run} run, customer '{id}'");
    }
}
