using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// Compiles segment definitions into expressions and delegates, and caches the compiled delegates by
/// the definition's shape: definitions that differ only in their literals share one delegate (except
/// strings tested for equality, which are constants in memory so that the JIT can inline the test).
/// </summary>
/// <remarks>
/// Thread-safe. The cache belongs to the instance (use <see cref="Shared"/> or register one
/// instance as a singleton); it holds one entry per (record type, catalog, shape) and is released
/// with the catalog. <see cref="CacheHits"/> and <see cref="CacheMisses"/> expose its behaviour.
/// </remarks>
public sealed class SegmentCompiler
{
    private readonly ConditionalWeakTable<FieldCatalog, ConcurrentDictionary<(Type, string), Lazy<Delegate>>> _cache = [];
    private long _hits;
    private long _misses;

    /// <summary>Creates a compiler with its own cache.</summary>
    /// <param name="limits">The size limits definitions are bound with; <see cref="DefinitionLimits.Default"/> when <see langword="null"/>.</param>
    public SegmentCompiler(DefinitionLimits? limits = null) => Limits = limits ?? DefinitionLimits.Default;

    /// <summary>Gets a process-wide compiler with the default limits.</summary>
    public static SegmentCompiler Shared { get; } = new();

    /// <summary>Gets the limits definitions are bound with.</summary>
    public DefinitionLimits Limits { get; }

    /// <summary>Gets how many compilations reused a cached delegate.</summary>
    public long CacheHits => Interlocked.Read(ref _hits);

    /// <summary>Gets how many compilations compiled a new delegate.</summary>
    public long CacheMisses => Interlocked.Read(ref _misses);

    /// <summary>Binds and compiles a definition.</summary>
    /// <typeparam name="T">The record type; the catalog's record type or a type derived from it.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog it names fields and criteria of.</param>
    /// <param name="references">The definitions that segment references may name, by segment name; none when <see langword="null"/>.</param>
    /// <returns>The compiled segment; immutable and thread-safe.</returns>
    /// <exception cref="DefinitionException">The definition is invalid for the catalog, references an unknown segment or a cycle of segments, or is nested too deep.</exception>
    /// <exception cref="SegmentationException"><typeparamref name="T"/> is not the catalog's record type.</exception>
    public CompiledSegment<T> Compile<T>(SegmentDefinition definition, FieldCatalog catalog, IReadOnlyDictionary<string, SegmentDefinition>? references = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!catalog.RecordType.IsAssignableFrom(typeof(T)))
        {
            throw new SegmentationException(
                $"The segment '{definition.Name}' is compiled for {typeof(T).Name}, but its catalog describes {catalog.RecordType.Name}. Compile it with a catalog of {typeof(T).Name} (or of a base type).",
                definition.Name);
        }

        var bound = DefinitionBinder.Bind(definition, catalog, Limits);
        var plan = SegmentPlan.Create<T>(bound, catalog, references, CompileTarget.InMemory, Limits);
        var compiled = GetOrCompile(catalog, typeof(T), "segment:" + plan.Shape, plan.Lambda.Compile);
        return new CompiledSegment<T>(this, bound, catalog, references, plan, compiled);
    }

    /// <summary>Returns the cached delegate of a shape, compiling it on first use.</summary>
    internal Delegate GetOrCompile(FieldCatalog catalog, Type recordType, string shape, Func<Delegate> compile)
    {
        var entries = _cache.GetValue(catalog, static _ => new ConcurrentDictionary<(Type, string), Lazy<Delegate>>());
        var key = (recordType, shape);
        if (entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached.Value;
        }

        var created = new Lazy<Delegate>(compile, LazyThreadSafetyMode.ExecutionAndPublication);
        var winner = entries.GetOrAdd(key, created);
        Interlocked.Increment(ref winner == created ? ref _misses : ref _hits);
        return winner.Value;
    }
}
