using System.Collections.Frozen;

namespace Segmentation.Catalog;

/// <summary>
/// The whitelist of what segment definitions over one record type may name: its fields (typed
/// properties of a class, or the columns of a custom-field schema) and its custom criteria.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Nothing outside the catalog can be reached by a definition: no member
/// is looked up by name on the CLR type, no method is called, no type is loaded. Build one with
/// <see cref="FromType{T}(Action{TypeScanOptions}?)"/> or <see cref="For{T}"/>.
/// </remarks>
public sealed partial class FieldCatalog
{
    private readonly FrozenDictionary<string, CatalogField> _fields;
    private readonly FrozenDictionary<string, CustomCriterionDefinition> _criteria;

    internal FieldCatalog(Type recordType, IReadOnlyList<CatalogField> fields, IReadOnlyList<CustomCriterionDefinition> criteria, bool isAllowListed = true)
    {
        RecordType = recordType;
        IsAllowListed = isAllowListed;
        Fields = fields;
        Criteria = criteria;
        _fields = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
        _criteria = criteria.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the record type the catalog describes.</summary>
    public Type RecordType { get; }

    /// <summary>
    /// Gets how messages name the catalog: "the Customer catalog" for a plain record type, "the
    /// catalog" for a generic one (a row dictionary's CLR name, Dictionary`2, means nothing to the
    /// person who wrote the definition).
    /// </summary>
    internal string Title => RecordType.IsGenericType ? "the catalog" : $"the {RecordType.Name} catalog";

    /// <summary>Gets the fields, in declaration order.</summary>
    public IReadOnlyList<CatalogField> Fields { get; }

    /// <summary>
    /// Gets a value indicating whether every field was chosen explicitly (an allow-list, fields added
    /// one by one, a custom-field schema), so that untrusted definitions (tenant JSON) may be read
    /// against the catalog.
    /// </summary>
    /// <value>
    /// <see langword="false"/> when the catalog was built from all public properties of a type
    /// without <see cref="TypeScanOptions.Include"/> or <see cref="TypeScanOptions.IncludeAll"/>:
    /// such a catalog is for definitions written in code, and <see cref="Serialization.SegmentJson"/>
    /// refuses to read documents against it unless <see cref="Serialization.SegmentJsonReadOptions.AllowCatalogWithoutAllowList"/> is set.
    /// </value>
    public bool IsAllowListed { get; }

    /// <summary>Gets the registered custom criteria.</summary>
    public IReadOnlyList<CustomCriterionDefinition> Criteria { get; }

    /// <summary>Creates a catalog of the public readable properties of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="configure">Optional allow-list, exclusions, display names and naming.</param>
    /// <returns>The catalog.</returns>
    public static FieldCatalog FromType<T>(Action<TypeScanOptions>? configure = null) =>
        For<T>().AddPublicProperties(configure).Build();

    /// <summary>Starts a catalog for <typeparamref name="T"/> whose fields are added explicitly.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <returns>A builder.</returns>
    public static FieldCatalogBuilder<T> For<T>() => new();

    /// <summary>Finds a field by its exact (ordinal) name.</summary>
    /// <param name="name">The field name, e.g. <c>address.city</c>.</param>
    /// <returns>The field, or <see langword="null"/> when the catalog has none of that name.</returns>
    public CatalogField? FindField(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _fields.GetValueOrDefault(name);
    }

    /// <summary>Finds a custom criterion by its exact (ordinal) name.</summary>
    /// <param name="name">The registered name.</param>
    /// <returns>The criterion, or <see langword="null"/> when none is registered under that name.</returns>
    public CustomCriterionDefinition? FindCriterion(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _criteria.GetValueOrDefault(name);
    }

    /// <summary>Returns a catalog with one more custom criterion.</summary>
    /// <param name="criterion">The criterion; its name must be new to the catalog.</param>
    /// <returns>A new catalog; this one is unchanged.</returns>
    /// <exception cref="SegmentationException">A criterion of that name is registered already, or it targets another record type.</exception>
    public FieldCatalog WithCriterion(CustomCriterionDefinition criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        CatalogChecks.CriterionFits(this, criterion);
        return new FieldCatalog(RecordType, Fields, [.. Criteria, criterion], IsAllowListed);
    }

    /// <summary>Suggests the catalog name closest to a misspelt one, for error messages.</summary>
    internal string? Suggest(string name) => NameSuggester.Closest(name, _fields.Keys);

    /// <summary>Suggests the registered criterion name closest to a misspelt one.</summary>
    internal string? SuggestCriterion(string name) => NameSuggester.Closest(name, _criteria.Keys);

    /// <inheritdoc />
    public override string ToString() => $"FieldCatalog<{RecordType.Name}> ({Fields.Count} fields, {Criteria.Count} criteria)";
}
