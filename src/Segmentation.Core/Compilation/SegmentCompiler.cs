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
/// instance as a singleton); it holds one entry per (record type, catalog, shape), at most
/// <see cref="CacheCapacity"/> of them: past that, the least recently used are evicted (a tenth of
/// the capacity at a time), and an entry of a collected catalog goes with it.
/// <see cref="CacheHits"/>, <see cref="CacheMisses"/> and <see cref="CacheCount"/> expose its behaviour.
/// A compiled segment keeps its delegate when the cache evicts it.
/// </remarks>
public sealed class SegmentCompiler
{
    /// <summary>The number of compiled delegates a compiler caches unless told otherwise: 10,000.</summary>
    /// <remarks>A delegate of a small definition takes about 2 KB, so the default cache stays near 20 MB.</remarks>
    public const int DefaultCacheCapacity = 10_000;

    private readonly DelegateCache _cache;
    private long _hits;
    private long _misses;

    /// <summary>Creates a compiler with its own cache.</summary>
    /// <param name="limits">The size limits definitions are bound with; <see cref="DefinitionLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="cacheCapacity">The most compiled delegates the cache holds; <see cref="DefaultCacheCapacity"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cacheCapacity"/> is less than 1.</exception>
    public SegmentCompiler(DefinitionLimits? limits = null, int cacheCapacity = DefaultCacheCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheCapacity, 1);
        Limits = limits ?? DefinitionLimits.Default;
        _cache = new DelegateCache(cacheCapacity);
    }

    /// <summary>Gets a process-wide compiler with the default limits.</summary>
    public static SegmentCompiler Shared { get; } = new();

    /// <summary>Gets the limits definitions are bound with.</summary>
    public DefinitionLimits Limits { get; }

    /// <summary>Gets how many compilations reused a cached delegate.</summary>
    public long CacheHits => Interlocked.Read(ref _hits);

    /// <summary>Gets how many compilations compiled a new delegate.</summary>
    public long CacheMisses => Interlocked.Read(ref _misses);

    /// <summary>Gets the most compiled delegates the cache holds.</summary>
    /// <value>The default value is <see cref="DefaultCacheCapacity"/> (10,000).</value>
    public int CacheCapacity => _cache.Capacity;

    /// <summary>Gets how many compiled delegates the cache holds now.</summary>
    public int CacheCount => _cache.Count;

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
        var compiled = _cache.GetOrAdd(catalog, recordType, shape, compile, out var hit);
        Interlocked.Increment(ref hit ? ref _hits : ref _misses);
        return compiled;
    }
}
