using System.Runtime.CompilerServices;
using Segmentation.Compilation;

namespace Segmentation;

/// <summary>Streaming a segment's members out of a query, with the parts a database cannot run finished in memory.</summary>
public static partial class SegmentQueryableExtensions
{
    /// <summary>Streams the members of a segment from a query, the database filtering by all it can.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query (include the navigations that the in-memory parts read).</param>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="mode">
    /// <see cref="TranslationMode.Strict"/>: the whole segment runs in the database;
    /// <see cref="TranslationMode.Split"/>: the translatable parts of its top-level <c>all</c> run in the
    /// database and the rows it returns are tested in memory against <see cref="SegmentCapabilities.SplitInMemoryParts"/>, one at a time.
    /// </param>
    /// <returns>The members, read as the sequence is enumerated.</returns>
    /// <exception cref="SegmentationException">
    /// In strict mode, a part of the segment cannot run in a database (the message lists them); in
    /// split mode, a part tested in memory is asynchronous (use <see cref="EnumerateSegmentAsync{T}"/>).
    /// </exception>
    public static IEnumerable<T> EnumerateSegment<T>(this IQueryable<T> source, CompiledSegment<T> segment, DateTimeOffset asOf, TranslationMode mode)
    {
        var (query, memory) = Plan(source, segment, asOf, mode);
        if (memory is null)
        {
            return query.AsEnumerable();
        }

        if (memory.RequiresAsync)
        {
            throw new SegmentationException(
                $"The segment '{segment.Name}' tests asynchronous criteria in memory ({string.Join(", ", segment.Capabilities.SplitInMemoryParts)}); stream it with EnumerateSegmentAsync.",
                segment.Name);
        }

        return query.AsEnumerable().Where(memory.ToPredicate(asOf));
    }

    /// <summary>Streams the members of a segment from a query asynchronously, the database filtering by all it can.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query (include the navigations that the in-memory parts read); read through <see cref="IAsyncEnumerable{T}"/> when it implements it (EF Core queries do).</param>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="mode">As for <see cref="EnumerateSegment{T}"/>; in split mode, async criteria are awaited per row.</param>
    /// <param name="cancellationToken">Cancels the query and the async criteria.</param>
    /// <returns>The members, read as the sequence is enumerated.</returns>
    /// <exception cref="SegmentationException">In strict mode, a part of the segment cannot run in a database; the message lists them.</exception>
    public static IAsyncEnumerable<T> EnumerateSegmentAsync<T>(this IQueryable<T> source, CompiledSegment<T> segment, DateTimeOffset asOf, TranslationMode mode, CancellationToken cancellationToken = default)
    {
        var (query, memory) = Plan(source, segment, asOf, mode);
        return Stream(query, memory, asOf, cancellationToken);
    }

    /// <summary>The query the database runs, and the part left for memory; every check happens here, before the first row.</summary>
    private static (IQueryable<T> Query, CompiledSegment<T>? Memory) Plan<T>(IQueryable<T> source, CompiledSegment<T> segment, DateTimeOffset asOf, TranslationMode mode)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(segment);
        if (mode == TranslationMode.Strict)
        {
            return (source.WhereSegment(segment, asOf), null);
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(mode, TranslationMode.Split);
        var (database, memory) = segment.Split;
        return (database is null ? source : source.Where(database.ToExpression(asOf)), memory);
    }

    private static async IAsyncEnumerable<T> Stream<T>(IQueryable<T> query, CompiledSegment<T>? memory, DateTimeOffset asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (query is IAsyncEnumerable<T> rows)
        {
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (memory is null || await memory.IsMatchAsync(row, asOf, cancellationToken).ConfigureAwait(false))
                {
                    yield return row;
                }
            }

            yield break;
        }

        foreach (var row in query)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (memory is null || await memory.IsMatchAsync(row, asOf, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }
}
