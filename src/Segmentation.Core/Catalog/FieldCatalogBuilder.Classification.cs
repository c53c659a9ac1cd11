using System.Reflection;

namespace Segmentation.Catalog;

/// <summary>Field classification (attributes and explicit calls) and whether the catalog is an allow-list.</summary>
public sealed partial class FieldCatalogBuilder<T>
{
    private readonly Dictionary<string, (FieldClassification Classification, bool AllowRevealing)> _classifications = new(StringComparer.Ordinal);
    private bool _unrestricted;

    /// <summary>Classifies a field (personal, sensitive, identifier): its values are redacted in explanations, messages and reports, and value-revealing operators are refused.</summary>
    /// <param name="fieldName">The field's catalog name; <c>orders.email</c> reaches a collection's element field. The field may be added before or after this call.</param>
    /// <param name="classification">The classification; it overrides a <see cref="FieldClassificationAttribute"/>.</param>
    /// <param name="allowRevealingOperators"><see langword="true"/> to let definitions still apply text prefix/suffix/contains and, for identifiers, ordering comparisons (for trusted definitions).</param>
    /// <returns>This builder.</returns>
    /// <remarks><see cref="Build"/> fails when no field of that name was added.</remarks>
    public FieldCatalogBuilder<T> Classify(string fieldName, FieldClassification classification, bool allowRevealingOperators = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        if (!Enum.IsDefined(classification))
        {
            throw new ArgumentOutOfRangeException(nameof(classification), classification, "Use a defined FieldClassification.");
        }

        _classifications[fieldName] = (classification, allowRevealingOperators);
        return this;
    }

    /// <summary>Gets a value indicating whether every field so far was chosen explicitly (no scan of all public properties without an allow-list).</summary>
    private bool IsAllowListed => !_unrestricted;

    private void NoteScan(TypeScanOptions options)
    {
        _unrestricted |= !options.IsAllowList;
        foreach (var (name, value) in options.Classifications)
        {
            _classifications[name] = value;
        }
    }

    private void NoteCollection(FieldCatalog elements) => _unrestricted |= !elements.IsAllowListed;

    private CatalogField[] Classify(List<CatalogField> fields)
    {
        var result = new CatalogField[fields.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var (classification, allow) = FromAttributes(field);
            if (_classifications.TryGetValue(field.Name, out var explicitly))
            {
                (classification, allow) = explicitly;
                used.Add(field.Name);
            }

            if (field.ElementCatalog is { } elements)
            {
                var prefix = field.Name + ".";
                var inner = _classifications.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(c => c.Key[prefix.Length..], c => c.Value, StringComparer.Ordinal);
                used.UnionWith(inner.Keys.Select(k => prefix + k));
                field = field.WithElements(elements.Reclassified(classification, inner));
            }

            result[i] = classification == field.Classification && allow == field.AllowsRevealingOperators ? field : field.Classified(classification, allow);
        }

        var unknown = _classifications.Keys.Where(k => !used.Contains(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new SegmentationException(
                $"The catalog of {typeof(T).Name} has no field {string.Join(", ", unknown.Select(u => "'" + u + "'"))} to classify. Check the spelling (the catalog's field names, with dots for nested and collection element fields).",
                unknown[0]);
        }

        return result;
    }

    /// <summary>The strictest <see cref="FieldClassificationAttribute"/> along the field's property path.</summary>
    private static (FieldClassification Classification, bool AllowRevealing) FromAttributes(CatalogField field)
    {
        var best = (field.Classification, field.AllowsRevealingOperators);
        if (field.MemberPath is null)
        {
            return best;
        }

        var type = typeof(T);
        foreach (var name in field.MemberPath.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                break;
            }

            if (property.GetCustomAttribute<FieldClassificationAttribute>(inherit: true) is { } attribute && attribute.Classification > best.Item1)
            {
                best = (attribute.Classification, attribute.AllowRevealingOperators);
            }

            type = property.PropertyType;
        }

        return best;
    }
}
