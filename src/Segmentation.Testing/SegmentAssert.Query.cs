using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Testing;

/// <summary>Same members in memory and through a query provider.</summary>
public static partial class SegmentAssert
{
    /// <summary>How many keys a parity failure lists on each side.</summary>
    private const int ListedKeys = 20;

    /// <summary>
    /// Asserts that a segment gives the same members through a query (e.g. an EF Core
    /// <c>DbSet</c>, via <see cref="SegmentQueryableExtensions.WhereSegment{T}(IQueryable{T}, CompiledSegment{T}, DateTimeOffset)"/>)
    /// as in memory over the same records.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <typeparam name="TKey">The key identifying a record on both sides, e.g. its id.</typeparam>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="query">The records as a query; only the keys of its members are fetched.</param>
    /// <param name="inMemory">The same records in memory.</param>
    /// <param name="key">The key of a record; translated by the provider and compiled for memory.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">
    /// The members differ (the message lists the keys only in memory and only in the query, the
    /// first 20 of each), or the query cannot run (the provider's error is the inner exception).
    /// </exception>
    public static void SameMembersInMemoryAndQuery<T, TKey>(CompiledSegment<T> segment, IQueryable<T> query, IEnumerable<T> inMemory, Expression<Func<T, TKey>> key, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(inMemory);
        ArgumentNullException.ThrowIfNull(key);

        var predicate = segment.ToPredicate(asOf);
        var keyOf = key.Compile();
        var memory = inMemory.Where(predicate).Select(keyOf).ToHashSet();
        HashSet<TKey> queried;
        try
        {
            queried = [.. query.WhereSegment(segment, asOf).Select(key)];
        }
        catch (Exception error) when (error is InvalidOperationException or NotSupportedException or SegmentationException)
        {
            throw new SegmentAssertionException($"Segment '{segment.Name}' could not run through the query: {error.Message}", error);
        }

        var onlyInMemory = memory.Where(k => !queried.Contains(k)).ToList();
        var onlyInQuery = queried.Where(k => !memory.Contains(k)).ToList();
        if (onlyInMemory.Count == 0 && onlyInQuery.Count == 0)
        {
            return;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"Segment '{segment.Name}' has different members in memory ({memory.Count}) and through the query ({queried.Count}) as of {asOf:O}.\n");
        AppendKeys(message, "Only in memory", onlyInMemory);
        AppendKeys(message, "Only in the query", onlyInQuery);
        throw new SegmentAssertionException(message.ToString().TrimEnd('\n'));
    }

    /// <summary>Compiles a definition with <see cref="SegmentCompiler.Shared"/> and asserts the same members in memory and through a query.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <typeparam name="TKey">The key identifying a record on both sides.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="query">The records as a query.</param>
    /// <param name="inMemory">The same records in memory.</param>
    /// <param name="key">The key of a record.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The members differ or the query cannot run.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog.</exception>
    public static void SameMembersInMemoryAndQuery<T, TKey>(SegmentDefinition definition, FieldCatalog catalog, IQueryable<T> query, IEnumerable<T> inMemory, Expression<Func<T, TKey>> key, DateTimeOffset asOf) =>
        SameMembersInMemoryAndQuery(SegmentCompiler.Shared.Compile<T>(definition, catalog), query, inMemory, key, asOf);

    /// <summary>
    /// Compiles a definition that refers to other segments with <see cref="SegmentCompiler.Shared"/>
    /// and asserts the same members in memory and through a query.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <typeparam name="TKey">The key identifying a record on both sides.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="references">The definitions its segment references may name, by segment name.</param>
    /// <param name="query">The records as a query.</param>
    /// <param name="inMemory">The same records in memory.</param>
    /// <param name="key">The key of a record.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <exception cref="SegmentAssertionException">The members differ or the query cannot run.</exception>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog, or a reference is unknown or cyclic.</exception>
    public static void SameMembersInMemoryAndQuery<T, TKey>(SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition> references, IQueryable<T> query, IEnumerable<T> inMemory, Expression<Func<T, TKey>> key, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(references);
        SameMembersInMemoryAndQuery(SegmentCompiler.Shared.Compile<T>(definition, catalog, references), query, inMemory, key, asOf);
    }

    private static void AppendKeys<TKey>(StringBuilder message, string label, List<TKey> keys)
    {
        message.Append(CultureInfo.InvariantCulture, $"{label} ({keys.Count}): ");
        message.AppendJoin(", ", keys.Take(ListedKeys).Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)));
        if (keys.Count > ListedKeys)
        {
            message.Append(CultureInfo.InvariantCulture, $", ... ({keys.Count - ListedKeys} more)");
        }

        message.Append('\n');
    }
}
