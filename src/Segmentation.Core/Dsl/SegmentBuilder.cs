using Segmentation.Binding;
using Segmentation.Catalog;

namespace Segmentation.Dsl;

/// <summary>
/// The start of a segment definition, from <see cref="Segment.For{T}(string, FieldCatalog?)"/>: its
/// name, catalog, description and limits, waiting for the first criterion.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// Immutable: <see cref="WithDescription"/>, <see cref="WithAction"/> and <see cref="WithLimits"/> return new starts, and each
/// first criterion starts a new chain, so one start can be shared to build several segments.
/// </remarks>
public sealed class SegmentBuilder<T> : CriteriaStart<T, SegmentChain<T>>
{
    internal SegmentBuilder(string name, FieldCatalog catalog, string? description, DefinitionLimits? limits)
        : base(catalog, name)
    {
        Name = name;
        Description = description;
        Limits = limits;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the segment's description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets what to do with the segment's customers, if stated (<see cref="Definitions.SegmentDefinition.Action"/>).</summary>
    public string? Action { get; private init; }

    /// <summary>Gets the limits <c>Build()</c> checks the definition against.</summary>
    /// <value>The default value is <see langword="null"/>, meaning <see cref="DefinitionLimits.Default"/>.</value>
    public DefinitionLimits? Limits { get; }

    /// <summary>Returns a start with a human description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>A new start; this one is unchanged.</returns>
    public SegmentBuilder<T> WithDescription(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return new(Name, Catalog, description, Limits) { Action = Action };
    }

    /// <summary>Returns a start with a suggested action for the segment's customers (<see cref="Definitions.SegmentDefinition.Action"/>).</summary>
    /// <param name="action">The action, e.g. "Win them back with a personal offer".</param>
    /// <returns>A new start; this one is unchanged.</returns>
    public SegmentBuilder<T> WithAction(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(Name, Catalog, Description, Limits) { Action = action };
    }

    /// <summary>Returns a start whose <c>Build()</c> checks other size limits.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>A new start; this one is unchanged.</returns>
    public SegmentBuilder<T> WithLimits(DefinitionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new(Name, Catalog, Description, limits) { Action = Action };
    }

    private protected override SegmentChain<T> Begin(ChainState state) => new(state, this);
}
