using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>
/// Checks a definition against a catalog and limits, and returns it with literals converted to the
/// kinds of their fields. The fluent builder, the JSON reader and the compiler all go through it.
/// </summary>
public static class DefinitionBinder
{
    /// <summary>Binds a definition to a catalog.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog it may name fields and criteria of.</param>
    /// <param name="limits">Size limits; <see cref="DefinitionLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The definition with every literal of its field's kind (ISO strings become dates).</returns>
    /// <exception cref="DefinitionException">The definition names something outside the catalog, applies an operator its field does not allow, holds a value of the wrong kind, or exceeds a limit. The location is a JSON path.</exception>
    public static SegmentDefinition Bind(SegmentDefinition definition, FieldCatalog catalog, DefinitionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(catalog);
        var walker = new BindingWalker(limits ?? DefinitionLimits.Default);
        var criteria = walker.Bind(definition.Criteria, catalog, BindingConstants.RootPath, depth: 1);
        return new SegmentDefinition(definition.Name, criteria, definition.Description) { Action = definition.Action };
    }

    /// <summary>Binds a criterion to a catalog, with paths under <paramref name="path"/>.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="catalog">The catalog.</param>
    /// <param name="path">The JSON path of the criterion, e.g. <c>$.criteria</c>.</param>
    /// <param name="limits">Size limits; <see cref="DefinitionLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bound criterion.</returns>
    /// <exception cref="DefinitionException">As for <see cref="Bind(SegmentDefinition, FieldCatalog, DefinitionLimits?)"/>.</exception>
    public static Criterion BindCriterion(Criterion criterion, FieldCatalog catalog, string path, DefinitionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new BindingWalker(limits ?? DefinitionLimits.Default).Bind(criterion, catalog, path, depth: 1);
    }
}
