namespace Segmentation.Definitions;

/// <summary>
/// An ordered list of segment definitions with how customers are assigned to them: the content of
/// a segment set document, from which the evaluation engine builds a segment set.
/// </summary>
/// <remarks>Immutable and thread-safe; compares by value (the segments element by element).</remarks>
public sealed record SegmentSetDocument
{
    /// <summary>The name that customers in no segment get in a first-match set whose document names no fallback.</summary>
    public const string DefaultFallback = "Others";

    /// <summary>Creates a segment set document.</summary>
    /// <param name="segments">The definitions, in order: at least one, names distinct (ordinally).</param>
    /// <param name="mode">How customers are assigned to segments.</param>
    /// <param name="fallback">
    /// The name given to customers that match no segment, e.g. <c>Others</c>; <see langword="null"/>
    /// for none, in which case a first-match set uses <see cref="DefaultFallback"/>. It must differ from
    /// every segment name.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A segment is <see langword="null"/>.</exception>
    /// <exception cref="Binding.DefinitionException">
    /// A rule of the set is broken: no segments, two segments with one name, a blank or too long
    /// fallback, a fallback (or, in first-match mode without one, <see cref="DefaultFallback"/>) that
    /// names a segment, or an undefined mode. The location is the JSON path of a set document
    /// (<c>$.segments[1].name</c>, <c>$.fallback</c>, <c>$.mode</c>) however the document was made.
    /// </exception>
    public SegmentSetDocument(IEnumerable<SegmentDefinition> segments, SegmentSetMode mode = SegmentSetMode.AllMatches, string? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        Segments = new ValueList<SegmentDefinition>(SegmentSetRules.Check(segments, mode, fallback, nameof(segments)));
        Mode = mode;
        Fallback = fallback;
    }

    /// <summary>Gets the definitions, in order.</summary>
    public IReadOnlyList<SegmentDefinition> Segments { get; }

    /// <summary>Gets how customers are assigned to segments.</summary>
    public SegmentSetMode Mode { get; }

    /// <summary>Gets the name given to customers that match no segment, as the document gives it, or <see langword="null"/>.</summary>
    /// <value>In first-match mode a <see langword="null"/> fallback means <see cref="DefaultFallback"/>.</value>
    public string? Fallback { get; }
}
