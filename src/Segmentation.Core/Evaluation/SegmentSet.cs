using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.Evaluation;

/// <summary>
/// An ordered list of compiled segments evaluated together, in <see cref="SegmentSetMode.AllMatches"/>
/// mode (a bitset per customer) or <see cref="SegmentSetMode.FirstMatch"/> mode (one segment per
/// customer, with a named fallback).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// Immutable and thread-safe. The segments are fused into one compiled delegate per customer (one per
/// 64 segments in all-matches mode). Segments of the set may reference each other by name.
/// </remarks>
public sealed partial class SegmentSet<T>
{
    /// <summary>The number of customers from which the array entry points use every core.</summary>
    public const int ParallelThreshold = EvaluationConstants.ParallelThreshold;

    private readonly Func<object[], T, ulong>[]? _words;
    private readonly Func<object[], T, int>? _first;
    private readonly Lazy<SegmentSetLoops<T>>? _loops;
    private HoldersCache? _lastHolders;

    private SegmentSet(SegmentSetMode mode, CompiledSegment<T>[] segments, string? fallbackName, FieldCatalog catalog, SegmentCompiler compiler)
    {
        Mode = mode;
        Segments = segments;
        FallbackName = fallbackName;
        Catalog = catalog;
        Names = fallbackName is null ? [.. segments.Select(s => s.Name)] : [.. segments.Select(s => s.Name), fallbackName];
        RequiresAsync = segments.Any(s => s.RequiresAsync);
        if (RequiresAsync)
        {
            return;
        }

        // Sets that differ only in their literals share the fused delegates, like single segments.
        var shape = string.Join('|', segments.Select(s => s.Plan.Shape));
        _loops = new(() => new SegmentSetLoops<T>(mode, segments, compiler, catalog, shape));
        if (mode == SegmentSetMode.FirstMatch)
        {
            _first = (Func<object[], T, int>)compiler.GetOrCompile(catalog, typeof(T), "first:" + shape, () => SegmentSetFusion.First(segments));
        }
        else
        {
            _words = new Func<object[], T, ulong>[WordsPerCustomer];
            for (var w = 0; w < _words.Length; w++)
            {
                var first = w * 64;
                _words[w] = (Func<object[], T, ulong>)compiler.GetOrCompile(catalog, typeof(T), $"all{first}:{shape}", () => SegmentSetFusion.Word(segments, first));
            }
        }
    }

    /// <summary>Gets the mode.</summary>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets the segments, in order; segment <c>i</c> is bit <c>i</c> of a membership, or assignment <c>i</c>.</summary>
    public IReadOnlyList<CompiledSegment<T>> Segments { get; }

    /// <summary>Gets the segment names in order, followed in first-match mode by the fallback name.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the fallback segment's name in first-match mode; <see langword="null"/> in all-matches mode.</summary>
    public string? FallbackName { get; }

    /// <summary>Gets the index that first-match mode assigns to customers matching no segment: <c>Segments.Count</c>.</summary>
    public int FallbackIndex => Segments.Count;

    /// <summary>Gets the number of <see cref="ulong"/> words of one customer's membership in all-matches mode.</summary>
    public int WordsPerCustomer => Math.Max(1, (Segments.Count + 63) / 64);

    /// <summary>Gets a value indicating whether a segment uses async criteria, so only the async entry points can evaluate the set.</summary>
    public bool RequiresAsync { get; }

    /// <summary>Gets the catalog the segments were compiled with.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>Creates a set of overlapping segments.</summary>
    /// <param name="definitions">The definitions, in order; names must be distinct.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="compiler">The compiler (and cache) to use; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <param name="references">Further definitions the segments may reference by name (the set's own segments can always be referenced).</param>
    /// <returns>The set.</returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid.</exception>
    /// <exception cref="SegmentationException">Two definitions share a name, or the list is empty.</exception>
    public static SegmentSet<T> AllMatches(IEnumerable<SegmentDefinition> definitions, FieldCatalog catalog, SegmentCompiler? compiler = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        Create(SegmentSetMode.AllMatches, definitions, null, catalog, compiler, references);

    /// <summary>Creates a set of exclusive segments: each customer goes to the first segment it matches, else to the fallback.</summary>
    /// <param name="definitions">The definitions, in priority order; names must be distinct.</param>
    /// <param name="fallbackName">The name of the segment of customers matching none, e.g. <c>Others</c>.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="compiler">The compiler (and cache) to use; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <param name="references">Further definitions the segments may reference by name (the set's own segments can always be referenced).</param>
    /// <returns>The set.</returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid.</exception>
    /// <exception cref="SegmentationException">Two definitions (or a definition and the fallback) share a name, or the list is empty.</exception>
    public static SegmentSet<T> FirstMatch(IEnumerable<SegmentDefinition> definitions, string fallbackName, FieldCatalog catalog, SegmentCompiler? compiler = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fallbackName);
        return Create(SegmentSetMode.FirstMatch, definitions, fallbackName, catalog, compiler, references);
    }

    /// <summary>Finds a segment's index by name (the fallback included).</summary>
    /// <param name="name">The segment name.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static SegmentSet<T> Create(SegmentSetMode mode, IEnumerable<SegmentDefinition> definitions, string? fallbackName, FieldCatalog catalog, SegmentCompiler? compiler, IReadOnlyDictionary<string, SegmentDefinition>? references)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(catalog);
        compiler ??= SegmentCompiler.Shared;
        var list = definitions.ToArray();
        if (list.Length == 0)
        {
            throw new SegmentationException("A segment set needs at least one segment definition.");
        }

        var byName = new Dictionary<string, SegmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in list)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (!byName.TryAdd(definition.Name, definition) || string.Equals(definition.Name, fallbackName, StringComparison.Ordinal))
            {
                throw new SegmentationException($"The segment name '{definition.Name}' occurs twice in the set. Give each segment (and the fallback) a distinct name.", definition.Name);
            }
        }

        var known = new Dictionary<string, SegmentDefinition>(byName, StringComparer.Ordinal);
        foreach (var pair in references ?? new Dictionary<string, SegmentDefinition>())
        {
            known.TryAdd(pair.Key, pair.Value);
        }

        var segments = list.Select(d => compiler.Compile<T>(d, catalog, known)).ToArray();
        return new SegmentSet<T>(mode, segments, fallbackName, catalog, compiler);
    }

    /// <summary>The holders of every segment for an as-of instant; the last ones are kept.</summary>
    private object[] HoldersFor(DateTimeOffset asOf)
    {
        var last = _lastHolders;
        if (last is not null && last.AsOf == asOf && last.AsOf.Offset == asOf.Offset)
        {
            return last.Holders;
        }

        var holders = new object[Segments.Count];
        for (var i = 0; i < holders.Length; i++)
        {
            holders[i] = Segments[i].HolderFor(asOf);
        }

        _lastHolders = new HoldersCache(asOf, holders);
        return holders;
    }

    private sealed record HoldersCache(DateTimeOffset AsOf, object[] Holders);
}
