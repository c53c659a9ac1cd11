using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation;

/// <summary>The entry point of the fluent DSL: <c>Segment.For&lt;Customer&gt;("VIP").Where(c =&gt; c.Country).In("US", "CA").Build()</c>.</summary>
public static class Segment
{
    /// <summary>Starts a segment definition over <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="name">The segment's name, e.g. <c>VIP</c>.</param>
    /// <param name="catalog">The fields and criteria the definition may use; by default all public properties of <typeparamref name="T"/> (<see cref="FieldCatalog.FromType{T}(Action{TypeScanOptions}?)"/>).</param>
    /// <returns>The start of the definition.</returns>
    /// <exception cref="Binding.DefinitionException">The name is blank or longer than 256 characters (the location is <c>Segment.For(name)</c>; the message is the one JSON gives at <c>$.name</c>).</exception>
    /// <exception cref="SegmentationException">The catalog describes another record type.</exception>
    public static SegmentBuilder<T> For<T>(string name, FieldCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (DefinitionRules.Name(name, nameof(name), "the segment's name") is { } violation)
        {
            throw violation.InCode("Segment.For");
        }

        catalog ??= DefaultCatalog<T>.Instance;
        if (!catalog.RecordType.IsAssignableFrom(typeof(T)))
        {
            throw new SegmentationException(
                $"The catalog describes {catalog.RecordType.Name}, but the segment '{name}' is over {typeof(T).Name}. Pass a catalog of {typeof(T).Name}.",
                name);
        }

        return new SegmentBuilder<T>(name, catalog, description: null, limits: null);
    }
}
