namespace Segmentation.Definitions;

/// <summary>A named segment: its criteria and an optional description.</summary>
/// <remarks>
/// Immutable and thread-safe; compares by value. Create one with the fluent builder
/// (<c>Segment.For&lt;T&gt;()</c>), read one from JSON, or construct the criteria tree directly.
/// A definition is only checked against a catalog when it is built, read or compiled.
/// </remarks>
public sealed record SegmentDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">The segment's name, unique within a segment set, e.g. <c>VIP</c>.</param>
    /// <param name="criteria">The criteria a customer must match.</param>
    /// <param name="description">An optional human description.</param>
    public SegmentDefinition(string name, Criterion criteria, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        Name = Names.Field(name, nameof(SegmentDefinition), nameof(name), "the segment's name");
        Criteria = criteria;
        Description = description;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the criteria a customer must match.</summary>
    public Criterion Criteria { get; }

    /// <summary>Gets the human description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets what to do with the segment's customers, if stated, e.g. "Win them back with a personal offer".</summary>
    /// <value>
    /// The default value is <see langword="null"/>. JSON property <c>action</c>; the <c>segment</c>
    /// tool's report shows it beside the description, so a team edits both in its segment map.
    /// </value>
    public string? Action { get; init; }
}
