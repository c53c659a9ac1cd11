namespace Segmentation.Compilation;

/// <summary>
/// What running a segment takes: the custom criteria it uses, directly or through the segments it
/// references, and which of its parts cannot run inside a database, and why.
/// </summary>
/// <remarks>
/// Immutable. Found from the definition before anything runs (<see cref="CompiledSegment{T}.Capabilities"/>,
/// <c>SegmentDefinitionSet.Describe</c>). <c>WhereSegment</c> refuses a segment with untranslatable
/// parts; <see cref="TranslationMode.Split"/> runs the rest of its top-level <c>all</c> in the database
/// and tests <see cref="SplitInMemoryParts"/> in memory.
/// </remarks>
public sealed class SegmentCapabilities
{
    internal SegmentCapabilities(
        string name,
        IReadOnlyList<string> references,
        IReadOnlyList<string> custom,
        IReadOnlyList<string> inMemory,
        bool requiresAsync,
        IReadOnlyList<UntranslatablePart> untranslatable,
        IReadOnlyList<UntranslatablePart> splitInMemory)
    {
        Name = name;
        ReferencedSegments = references;
        CustomCriteria = custom;
        InMemoryCriteria = inMemory;
        RequiresAsync = requiresAsync;
        UntranslatableParts = untranslatable;
        SplitInMemoryParts = splitInMemory;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the whole segment can run inside a database (<see cref="UntranslatableParts"/> is empty).</summary>
    public bool IsTranslatable => UntranslatableParts.Count == 0;

    /// <summary>Gets a value indicating whether evaluating the segment needs an asynchronous criterion.</summary>
    public bool RequiresAsync { get; }

    /// <summary>Gets the segments it references, directly or transitively, in name order.</summary>
    public IReadOnlyList<string> ReferencedSegments { get; }

    /// <summary>Gets every custom criterion it uses, in name order.</summary>
    public IReadOnlyList<string> CustomCriteria { get; }

    /// <summary>Gets the in-memory-only criteria and fields (custom fields read in memory, predicted fields) it uses, in name order.</summary>
    public IReadOnlyList<string> InMemoryCriteria { get; }

    /// <summary>
    /// Gets every criterion of the segment (and of the segments it references) that a database cannot
    /// run, with its place and the reason, in definition order; empty when the segment is translatable.
    /// </summary>
    public IReadOnlyList<UntranslatablePart> UntranslatableParts { get; }

    /// <summary>
    /// Gets the parts of the segment's top-level <c>all</c> (references to other segments followed)
    /// that <see cref="TranslationMode.Split"/> tests in memory: each is an untranslatable criterion
    /// itself, or an <c>any</c>, <c>not</c> or aggregate containing one
    /// (<see cref="UntranslatableReason.ContainsUntranslatablePart"/>), which a database cannot
    /// pre-filter. Every other part of the <c>all</c> runs in the database.
    /// </summary>
    public IReadOnlyList<UntranslatablePart> SplitInMemoryParts { get; }

    /// <inheritdoc />
    public override string ToString() => IsTranslatable
        ? $"{Name}: translatable"
        : $"{Name}: not translatable ({string.Join("; ", UntranslatableParts)}){(RequiresAsync ? ", async" : string.Empty)}";
}
