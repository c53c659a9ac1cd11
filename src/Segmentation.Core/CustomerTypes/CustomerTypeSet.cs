using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;
using Segmentation.Evaluation;

namespace Segmentation.CustomerTypes;

/// <summary>
/// The seven customer types ready to evaluate: exclusive (each customer gets one type, by priority,
/// or <see cref="CustomerTypeNames.Other"/>) or overlapping (every type a customer matches), over
/// <see cref="CustomerProfile"/> or over your own class mapped onto <see cref="CustomerProfileFields"/>.
/// </summary>
/// <remarks>
/// The sets are ordinary <see cref="SegmentSet{T}"/>s of <see cref="CustomerTypeDefinitions.Definitions"/>,
/// so reports, migration and explanations work on them like on any other set.
/// </remarks>
public static class CustomerTypeSet
{
    /// <summary>Gets the catalog of <see cref="CustomerProfile"/>, shared so compiled sets are cached.</summary>
    public static FieldCatalog ProfileCatalog { get; } = FieldCatalog.FromType<CustomerProfile>(o => o.IncludeAll());

    /// <summary>Creates the exclusive set: each customer gets the first type it matches in priority order, else <see cref="CustomerTypeNames.Other"/>.</summary>
    /// <typeparam name="T">The record type: <see cref="CustomerProfile"/>, or your own class.</typeparam>
    /// <param name="catalog">
    /// A catalog of <typeparamref name="T"/> exposing the fields of <see cref="CustomerProfileFields"/>, e.g.
    /// <c>FieldCatalog.For&lt;MyCustomer&gt;().Add(c =&gt; c.Orders.Count, CustomerProfileFields.OrderCount)...Build()</c>;
    /// when <see langword="null"/>, <see cref="ProfileCatalog"/> for <see cref="CustomerProfile"/>, else the scanned catalog of <typeparamref name="T"/>.
    /// </param>
    /// <param name="options">Thresholds; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="compiler">The compiler; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <returns>The first-match set; <see cref="SegmentSet{T}.FallbackName"/> is <see cref="CustomerTypeNames.Other"/>.</returns>
    /// <exception cref="Binding.DefinitionException">The catalog lacks a field the types use, or has it with another kind.</exception>
    public static SegmentSet<T> Exclusive<T>(FieldCatalog? catalog = null, CustomerTypeOptions? options = null, SegmentCompiler? compiler = null) =>
        SegmentSet<T>.FirstMatch(CustomerTypeDefinitions.Definitions(options), CustomerTypeNames.Other, CatalogOf<T>(catalog), compiler);

    /// <summary>Creates the overlapping set: each customer is in every type it matches (possibly none).</summary>
    /// <typeparam name="T">The record type: <see cref="CustomerProfile"/>, or your own class.</typeparam>
    /// <param name="catalog">A catalog of <typeparamref name="T"/> exposing the fields of <see cref="CustomerProfileFields"/>; see <see cref="Exclusive{T}"/>.</param>
    /// <param name="options">Thresholds; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="compiler">The compiler; <see cref="SegmentCompiler.Shared"/> when <see langword="null"/>.</param>
    /// <returns>The all-matches set, segments in priority order.</returns>
    /// <exception cref="Binding.DefinitionException">The catalog lacks a field the types use, or has it with another kind.</exception>
    public static SegmentSet<T> Overlapping<T>(FieldCatalog? catalog = null, CustomerTypeOptions? options = null, SegmentCompiler? compiler = null) =>
        SegmentSet<T>.AllMatches(CustomerTypeDefinitions.Definitions(options), CatalogOf<T>(catalog), compiler);

    /// <summary>Creates the seven definitions as a set document, to export with <c>SegmentJson.SerializeSet</c> and edit.</summary>
    /// <param name="mode"><see cref="SegmentSetMode.FirstMatch"/> (with the fallback <see cref="CustomerTypeNames.Other"/>) or <see cref="SegmentSetMode.AllMatches"/>.</param>
    /// <param name="options">Thresholds; <see cref="CustomerTypeOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static SegmentSetDocument Document(SegmentSetMode mode = SegmentSetMode.FirstMatch, CustomerTypeOptions? options = null) =>
        new(CustomerTypeDefinitions.Definitions(options), mode, mode == SegmentSetMode.FirstMatch ? CustomerTypeNames.Other : null);

    private static FieldCatalog CatalogOf<T>(FieldCatalog? catalog)
    {
        if (catalog is not null)
        {
            return catalog.RecordType == typeof(T)
                ? catalog
                : throw new SegmentationException($"The catalog describes {catalog.RecordType.Name}, not {typeof(T).Name}. Pass a catalog of {typeof(T).Name}.");
        }

        return typeof(T) == typeof(CustomerProfile) ? ProfileCatalog : FieldCatalog.FromType<T>();
    }
}
