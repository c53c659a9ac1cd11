using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;

namespace Segmentation;

/// <summary>Runs segments inside a LINQ provider such as EF Core.</summary>
public static partial class SegmentQueryableExtensions
{
    /// <summary>Filters a query to the members of a segment; the provider translates the test (to SQL for EF Core).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="asOf">The instant relative time windows are measured from (e.g. <c>timeProvider.GetUtcNow()</c>).</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="SegmentationException">A part of the segment cannot run in a database (<see cref="CompiledSegment{T}.Capabilities"/>); the message lists each with its place and reason.</exception>
    public static IQueryable<T> WhereSegment<T>(this IQueryable<T> source, CompiledSegment<T> segment, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(segment);
        EnsureTranslatable(segment);
        return source.Where(segment.ToExpression(asOf));
    }

    /// <summary>Compiles a definition with <see cref="SegmentCompiler.Shared"/> and filters a query to its members.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="Binding.DefinitionException">The definition is invalid.</exception>
    /// <exception cref="SegmentationException">The definition uses in-memory-only criteria.</exception>
    public static IQueryable<T> WhereSegment<T>(this IQueryable<T> source, SegmentDefinition definition, FieldCatalog catalog, DateTimeOffset asOf) =>
        source.WhereSegment(SegmentCompiler.Shared.Compile<T>(definition, catalog), asOf);

    /// <summary>
    /// Compiles a definition that refers to other segments with <see cref="SegmentCompiler.Shared"/>
    /// and filters a query to its members; the referenced definitions are inlined, so the whole test
    /// runs in the provider.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="references">The definitions its segment references may name, by segment name (e.g. <c>set.Segments.ToDictionary(s =&gt; s.Name)</c>).</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="Binding.DefinitionException">The definition is invalid, or a reference is unknown or cyclic.</exception>
    /// <exception cref="SegmentationException">The definition, or a segment it refers to, uses in-memory-only criteria.</exception>
    public static IQueryable<T> WhereSegment<T>(this IQueryable<T> source, SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition> references, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(references);
        return source.WhereSegment(SegmentCompiler.Shared.Compile<T>(definition, catalog, references), asOf);
    }

    /// <summary>Counts the members of each segment of a set with one query per segment.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="set">The set; in first-match mode segment <c>i</c> counts records matching it and none before it.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="SegmentationException">A segment uses in-memory-only criteria.</exception>
    public static SegmentCounts CountBySegment<T>(this IQueryable<T> source, SegmentSet<T> set, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(set);
        foreach (var segment in set.Segments)
        {
            EnsureTranslatable(segment);
        }

        var counts = new long[set.Names.Count];
        var remaining = source;
        for (var i = 0; i < set.Segments.Count; i++)
        {
            var expression = set.Segments[i].ToExpression(asOf);
            counts[i] = (set.Mode == SegmentSetMode.FirstMatch ? remaining : source).Count(expression);
            if (set.Mode == SegmentSetMode.FirstMatch)
            {
                remaining = remaining.Where(Negation.Of(expression));
            }
        }

        var total = source.LongCount();
        if (set.Mode == SegmentSetMode.FirstMatch)
        {
            counts[set.FallbackIndex] = remaining.LongCount();
        }

        return new SegmentCounts(set.Names, counts, total);
    }

    private static void EnsureTranslatable<T>(CompiledSegment<T> segment)
    {
        var capabilities = segment.Capabilities;
        if (!capabilities.IsTranslatable)
        {
            throw new SegmentationException(
                $"The segment '{segment.Name}' cannot run in a database; its in-memory-only parts are: {string.Join("; ", capabilities.UntranslatableParts)}. "
                + "Evaluate it in memory (SegmentSet, CompiledSegment.ToPredicate), stream it with TranslationMode.Split (the rest of its 'all' runs in the database), or give its custom criteria an expression (TranslatableCriterion) and store its fields in columns the database reads (AddCustomFields with an access factory, or properties).",
                segment.Name);
        }
    }
}
