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
        Names = mode == SegmentSetMode.FirstMatch ? [.. segments.Select(s => s.Name), fallbackName!] : [.. segments.Select(s => s.Name)];
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

    /// <summary>Gets the name of the customers in no segment.</summary>
    /// <value>
    /// In first-match mode the fallback segment's name, the last of <see cref="Names"/> (index
    /// <see cref="FallbackIndex"/>). In all-matches mode the document's fallback when
    /// <see cref="Create"/> was given one (a label for customers whose membership is empty, not a
    /// segment of <see cref="Names"/>), else <see langword="null"/>.
    /// </value>
    public string? FallbackName { get; }

    /// <summary>Gets the index that first-match mode assigns to customers matching no segment: <c>Segments.Count</c>.</summary>
    public int FallbackIndex => Segments.Count;

    /// <summary>Gets the number of <see cref="ulong"/> words of one customer's membership in all-matches mode.</summary>
    public int WordsPerCustomer => Math.Max(1, (Segments.Count + 63) / 64);

    /// <summary>Gets a value indicating whether a segment uses async criteria, so only the async entry points can evaluate the set.</summary>
    public bool RequiresAsync { get; }

    /// <summary>Gets the catalog the segments were compiled with.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>Creates the set a segment set document describes: its segments, mode and fallback.</summary>
    /// <param name="document">The document, e.g. from <see cref="Serialization.SegmentJson.DeserializeSet"/>; its rules were checked when it was made.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>, with any custom criteria the segments use.</param>
    /// <param name="compiler">The compiler (and cache) to use; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <param name="references">Further definitions the segments may reference by name (the set's own segments can always be referenced).</param>
    /// <returns>
    /// The set. In first-match mode its fallback is the document's, or
    /// <see cref="SegmentSetDocument.DefaultFallback"/> when the document names none; in all-matches
    /// mode <see cref="FallbackName"/> carries the document's fallback, if any.
    /// </returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid for the catalog, or references an unknown segment.</exception>
    public static SegmentSet<T> Create(SegmentSetDocument document, FieldCatalog catalog, SegmentCompiler? compiler = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        compiler ??= SegmentCompiler.Shared;
        var known = new Dictionary<string, SegmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Segments)
        {
            known.Add(definition.Name, definition);
        }

        foreach (var pair in references ?? new Dictionary<string, SegmentDefinition>())
        {
            known.TryAdd(pair.Key, pair.Value);
        }

        var segments = document.Segments.Select(d => compiler.Compile<T>(d, catalog, known)).ToArray();
        return new SegmentSet<T>(document.Mode, segments, SegmentSetRules.EffectiveFallback(document.Mode, document.Fallback), catalog, compiler);
    }

    /// <summary>Creates a set of overlapping segments.</summary>
    /// <param name="definitions">The definitions, in order; at least one, names distinct.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="compiler">The compiler (and cache) to use; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <param name="references">Further definitions the segments may reference by name (the set's own segments can always be referenced).</param>
    /// <returns>The set.</returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid, or a rule of the set is broken (as for <see cref="SegmentSetDocument(IEnumerable{SegmentDefinition}, SegmentSetMode, string?)"/>).</exception>
    public static SegmentSet<T> AllMatches(IEnumerable<SegmentDefinition> definitions, FieldCatalog catalog, SegmentCompiler? compiler = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return Create(new SegmentSetDocument(definitions, SegmentSetMode.AllMatches), catalog, compiler, references);
    }

    /// <summary>Creates a set of exclusive segments: each customer goes to the first segment it matches, else to the fallback.</summary>
    /// <param name="definitions">The definitions, in priority order; at least one, names distinct.</param>
    /// <param name="fallbackName">The name of the segment of customers matching none, e.g. <c>Others</c>; no segment may have it.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="compiler">The compiler (and cache) to use; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <param name="references">Further definitions the segments may reference by name (the set's own segments can always be referenced).</param>
    /// <returns>The set.</returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid, or a rule of the set is broken (as for <see cref="SegmentSetDocument(IEnumerable{SegmentDefinition}, SegmentSetMode, string?)"/>).</exception>
    public static SegmentSet<T> FirstMatch(IEnumerable<SegmentDefinition> definitions, string fallbackName, FieldCatalog catalog, SegmentCompiler? compiler = null, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(fallbackName);
        return Create(new SegmentSetDocument(definitions, SegmentSetMode.FirstMatch, fallbackName), catalog, compiler, references);
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
