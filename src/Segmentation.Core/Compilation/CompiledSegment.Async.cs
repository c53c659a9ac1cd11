namespace Segmentation.Compilation;

/// <summary>Asynchronous evaluation, for segments with async in-memory criteria.</summary>
public sealed partial class CompiledSegment<T>
{
    /// <summary>Tests one record, awaiting the segment's async criteria (if any) first.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="cancellationToken">Cancels the async criteria.</param>
    /// <returns><see langword="true"/> when the record is in the segment.</returns>
    /// <remarks>Every async criterion is awaited, in order, even where the combined test would not need its result.</remarks>
    public ValueTask<bool> IsMatchAsync(T record, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Sync is { } test ? ValueTask.FromResult(test(HolderFor(asOf), record)) : MatchAsync(record, HolderFor(asOf), cancellationToken);
    }

    internal async ValueTask<bool> MatchAsync(T record, object holder, CancellationToken cancellationToken)
    {
        var calls = Plan.AsyncCalls;
        var results = new bool[calls.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = await calls[i].InvokeAsync(record, cancellationToken).ConfigureAwait(false);
        }

        return Async!(holder, record, results);
    }
}
