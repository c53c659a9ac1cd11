using System.Reflection;

namespace Segmentation.Catalog;

/// <summary>Adding fields from the public properties of a type.</summary>
public sealed partial class FieldCatalogBuilder<T>
{
    /// <summary>Adds the public readable properties of <typeparamref name="T"/>: scalars, enums, string sets, nested objects (as dotted fields) and child collections.</summary>
    /// <param name="configure">Optional allow-list, exclusions, display names and naming.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="SegmentationException">The allow-list names a field the type does not have.</exception>
    public FieldCatalogBuilder<T> AddPublicProperties(Action<TypeScanOptions>? configure = null)
    {
        var options = new TypeScanOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxNesting);
        NoteScan(options);
        var before = _fields.Count;
        Scan(typeof(T), [], options, 0);
        var found = _fields.Skip(before).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var missing = options.IncludedNames.Where(n => !found.Contains(n) && !found.Any(f => n.StartsWith(f + ".", StringComparison.Ordinal))).ToArray();
        if (missing.Length > 0)
        {
            throw new SegmentationException(
                $"The allow-list names {string.Join(", ", missing.Select(m => "'" + m + "'"))}, which {typeof(T).Name} has no readable property of a supported type for. Check the spelling (field names are {options.Naming}).",
                missing[0]);
        }

        return this;
    }

    private void Scan(Type type, List<PropertyInfo> path, TypeScanOptions options, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            List<PropertyInfo> chain = [.. path, property];
            var name = DefaultName(chain, options.Naming);
            var display = options.DisplayNameOf(name, property.Name);
            if (ClrFieldTypes.ScalarKind(property.PropertyType) is { } kind)
            {
                if (options.IsWanted(name, isContainer: false))
                {
                    AddField(chain, kind, name, display, null);
                }
            }
            else if (ClrFieldTypes.RecordElementType(property.PropertyType) is { } element)
            {
                if (options.IsWanted(name, isContainer: true))
                {
                    AddField(chain, FieldKind.Collection, name, display, ElementCatalog(element, name, options));
                }
            }
            else if (ClrFieldTypes.IsNestedObject(property.PropertyType) && depth < options.MaxNesting && options.IsWanted(name, isContainer: true))
            {
                Scan(property.PropertyType, chain, options, depth + 1);
            }
        }
    }

    private static FieldCatalog ElementCatalog(Type element, string collectionName, TypeScanOptions parent)
    {
        // The element catalog honours the parent's allow-list entries written as "orders.amount".
        var prefix = collectionName + ".";
        var included = parent.IncludedNames.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n[prefix.Length..]).ToArray();
        var method = typeof(FieldCatalogBuilder<T>).GetMethod(nameof(ScanElement), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
        return (FieldCatalog)method.Invoke(null, [parent.Naming, parent.MaxNesting, included])!;
    }

    private static FieldCatalog ScanElement<TElement>(FieldNaming naming, int maxNesting, string[] included) =>
        new FieldCatalogBuilder<TElement>().AddPublicProperties(o =>
        {
            o.Naming = naming;
            o.MaxNesting = maxNesting;
            o.Include(included);
        }).Build();
}
