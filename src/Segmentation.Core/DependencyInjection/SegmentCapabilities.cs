namespace Segmentation.DependencyInjection;

/// <summary>What running a segment takes: the custom criteria it uses, directly or through the segments it references.</summary>
/// <remarks>Immutable. A segment that uses an in-memory criterion cannot be pushed down to a database.</remarks>
public sealed class SegmentCapabilities
{
    internal SegmentCapabilities(string name, IReadOnlyList<string> references, IReadOnlyList<string> custom, IReadOnlyList<string> inMemory, bool requiresAsync)
    {
        Name = name;
        ReferencedSegments = references;
        CustomCriteria = custom;
        InMemoryCriteria = inMemory;
        RequiresAsync = requiresAsync;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the segment can run inside a database (it uses no in-memory criterion and reads no in-memory field).</summary>
    public bool IsTranslatable => InMemoryCriteria.Count == 0;

    /// <summary>Gets a value indicating whether evaluating the segment needs an asynchronous criterion.</summary>
    public bool RequiresAsync { get; }

    /// <summary>Gets the segments it references, directly or transitively, in name order.</summary>
    public IReadOnlyList<string> ReferencedSegments { get; }

    /// <summary>Gets every custom criterion it uses, in name order.</summary>
    public IReadOnlyList<string> CustomCriteria { get; }

    /// <summary>Gets the in-memory-only criteria and fields (custom fields read in memory, predicted fields) it uses, in name order; empty when it is translatable.</summary>
    public IReadOnlyList<string> InMemoryCriteria { get; }

    /// <inheritdoc />
    public override string ToString() => IsTranslatable
        ? $"{Name}: translatable"
        : $"{Name}: in memory only ({string.Join(", ", InMemoryCriteria)}{(RequiresAsync ? ", async" : string.Empty)})";
}
