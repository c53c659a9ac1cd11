namespace Segmentation.Catalog;

/// <summary>Which public properties of a type become catalog fields, and under what names.</summary>
/// <remarks>
/// Only public, readable, non-indexer instance properties of supported types are ever considered.
/// Nested objects become dotted fields (<c>address.city</c>), collections of objects become
/// collection fields with their own element catalog, collections of strings become string sets.
/// </remarks>
public sealed class TypeScanOptions
{
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _displayNames = new(StringComparer.Ordinal);
    private bool _includeAll;

    /// <summary>Gets or sets how property names become field names.</summary>
    /// <value>The default value is <see cref="FieldNaming.CamelCase"/>.</value>
    public FieldNaming Naming { get; set; } = FieldNaming.CamelCase;

    /// <summary>Gets or sets how many levels of nested objects are flattened into dotted fields.</summary>
    /// <value>The default value is 3.</value>
    public int MaxNesting { get; set; } = CatalogConstants.DefaultMaxNesting;

    /// <summary>Restricts the catalog to the named fields (an allow-list); nested fields are named with dots.</summary>
    /// <param name="fieldNames">Field names as they appear in the catalog, e.g. <c>country</c>, <c>address.city</c>, <c>orders</c>.</param>
    /// <returns>These options.</returns>
    public TypeScanOptions Include(params string[] fieldNames)
    {
        ArgumentNullException.ThrowIfNull(fieldNames);
        _included.UnionWith(fieldNames);
        return this;
    }

    /// <summary>
    /// States that every public property of the type (and of its nested objects and collection
    /// elements) may be named by untrusted definitions, after you have reviewed them: an allow-list of
    /// everything, so that the catalog is <see cref="FieldCatalog.IsAllowListed"/>.
    /// </summary>
    /// <returns>These options.</returns>
    public TypeScanOptions IncludeAll()
    {
        _includeAll = true;
        return this;
    }

    /// <summary>Classifies a field of the catalog (personal, sensitive, identifier): its values are redacted and value-revealing operators refused.</summary>
    /// <param name="fieldName">The field name as it appears in the catalog; <c>orders.email</c> reaches a collection's element field.</param>
    /// <param name="classification">The classification; it overrides a <see cref="FieldClassificationAttribute"/>.</param>
    /// <param name="allowRevealingOperators"><see langword="true"/> to let definitions still apply text prefix/suffix/contains and, for identifiers, ordering comparisons.</param>
    /// <returns>These options.</returns>
    public TypeScanOptions Classify(string fieldName, FieldClassification classification, bool allowRevealingOperators = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        Classifications[fieldName] = (classification, allowRevealingOperators);
        return this;
    }

    /// <summary>Leaves the named fields out of the catalog (personal data, internal columns).</summary>
    /// <param name="fieldNames">Field names as they appear in the catalog.</param>
    /// <returns>These options.</returns>
    public TypeScanOptions Exclude(params string[] fieldNames)
    {
        ArgumentNullException.ThrowIfNull(fieldNames);
        _excluded.UnionWith(fieldNames);
        return this;
    }

    /// <summary>Sets the name shown to people for a field.</summary>
    /// <param name="fieldName">The field name as it appears in the catalog.</param>
    /// <param name="displayName">The display name.</param>
    /// <returns>These options.</returns>
    public TypeScanOptions DisplayName(string fieldName, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        _displayNames[fieldName] = displayName;
        return this;
    }

    internal bool IsWanted(string fieldName, bool isContainer) =>
        !_excluded.Contains(fieldName)
        && (_included.Count == 0 || _included.Contains(fieldName)
            || (isContainer && _included.Any(name => name.StartsWith(fieldName + ".", StringComparison.Ordinal))));

    internal string DisplayNameOf(string fieldName, string fallback) => _displayNames.GetValueOrDefault(fieldName, fallback);

    internal IEnumerable<string> IncludedNames => _included;

    /// <summary>Gets a value indicating whether the options restrict or explicitly review the fields (an allow-list).</summary>
    internal bool IsAllowList => _includeAll || _included.Count > 0;

    internal Dictionary<string, (FieldClassification Classification, bool AllowRevealing)> Classifications { get; } = new(StringComparer.Ordinal);
}
