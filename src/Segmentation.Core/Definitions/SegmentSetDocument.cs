namespace Segmentation.Definitions;

/// <summary>
/// An ordered list of segment definitions with how customers are assigned to them: the content of
/// a segment set document, from which the evaluation engine builds a segment set.
/// </summary>
/// <remarks>Immutable and thread-safe; compares by value (the segments element by element).</remarks>
public sealed record SegmentSetDocument
{
    /// <summary>Creates a segment set document.</summary>
    /// <param name="segments">The definitions, in order; names must be distinct (ordinally).</param>
    /// <param name="mode">How customers are assigned to segments.</param>
    /// <param name="fallback">The name given to customers that match no segment, e.g. <c>Others</c>; <see langword="null"/> for none. It must differ from every segment name.</param>
    /// <exception cref="Binding.DefinitionException">Two segments share a name, or the fallback is blank or names a segment.</exception>
    /// <exception cref="ArgumentException">A segment is <see langword="null"/>.</exception>
    public SegmentSetDocument(IEnumerable<SegmentDefinition> segments, SegmentSetMode mode = SegmentSetMode.AllMatches, string? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var items = segments.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in items)
        {
            if (segment is null)
            {
                throw new ArgumentException("The list holds a null segment.", nameof(segments));
            }

            if (!names.Add(segment.Name))
            {
                throw new Binding.DefinitionException($"{nameof(SegmentSetDocument)}(segments)", $"the name '{segment.Name}' is used by two segments.", "Expected distinct segment names.");
            }
        }

        if (fallback is not null && names.Contains(Names.Field(fallback, nameof(SegmentSetDocument), nameof(fallback), "the fallback")))
        {
            throw new Binding.DefinitionException($"{nameof(SegmentSetDocument)}(fallback)", $"the fallback '{fallback}' is also the name of a segment.", "Expected a name no segment uses.");
        }

        Segments = new ValueList<SegmentDefinition>(items);
        Mode = Names.Defined(mode, nameof(SegmentSetDocument), nameof(mode));
        Fallback = fallback;
    }

    /// <summary>Gets the definitions, in order.</summary>
    public IReadOnlyList<SegmentDefinition> Segments { get; }

    /// <summary>Gets how customers are assigned to segments.</summary>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets the name given to customers that match no segment, or <see langword="null"/>.</summary>
    public string? Fallback { get; }
}
