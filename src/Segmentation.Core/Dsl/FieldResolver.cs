using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// Maps member selectors and names onto catalog fields. A selector only names a field: its
/// property chain must be one the catalog exposes, so the DSL reaches nothing a JSON definition
/// could not.
/// </summary>
internal static class FieldResolver
{
    // Per catalog instance, weakly held: catalogs are immutable, so the index never goes stale.
    private static readonly ConditionalWeakTable<FieldCatalog, FrozenDictionary<string, CatalogField>> ByMemberPath = [];

    internal static CatalogField Resolve(FieldCatalog catalog, LambdaExpression selector, [CallerArgumentExpression(nameof(selector))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(selector, paramName);
        string path;
        try
        {
            path = PropertyChain.PathOf(PropertyChain.FromSelector(selector));
        }
        catch (ArgumentException e)
        {
            throw new SegmentationException(
                $"'{selector}' does not name a field. Selectors only name catalog fields: use a chain of properties such as c => c.Address.City.",
                e);
        }

        var index = ByMemberPath.GetValue(catalog, static c => c.Fields
            .Where(f => f.MemberPath is not null)
            .ToFrozenDictionary(f => f.MemberPath!, StringComparer.Ordinal));
        if (index.TryGetValue(path, out var field))
        {
            return field;
        }

        throw new SegmentationException(
            $"{catalog.RecordType.Name}.{path} is not a field of {catalog.Title} (it is left out, or of a type that cannot be a field). "
            + "Add it to the catalog, or select a field it exposes.",
            path);
    }

    internal static CatalogField Resolve<TValue>(FieldCatalog catalog, string name, [CallerArgumentExpression(nameof(name))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (DefinitionRules.Name(name, "field", "a field name") is { } violation)
        {
            throw violation.InCode("Where");
        }

        if (catalog.FindField(name) is not { } field)
        {
            var suggestion = catalog.Suggest(name);
            throw new SegmentationException(
                $"'{name}' is not a field of {catalog.Title}. "
                + (suggestion is null ? "Check the name against the catalog's fields." : $"Did you mean '{suggestion}'?"),
                name);
        }

        var type = typeof(TValue);
        var kind = ClrFieldTypes.ScalarKind(type) ?? (ClrFieldTypes.RecordElementType(type) is null ? null : FieldKind.Collection);
        if (Nullable.GetUnderlyingType(type) is not null || kind != field.Kind)
        {
            throw new SegmentationException(
                $"'{name}' is a {field.Kind} field and cannot be selected as {type.Name}. Select it as Where<{Suggested(field.Kind)}>(\"{name}\").",
                name);
        }

        return field;
    }

    private static string Suggested(FieldKind kind) => kind switch
    {
        FieldKind.Boolean => "bool",
        FieldKind.Number => "decimal",
        FieldKind.String => "string",
        FieldKind.DateTime => "DateTimeOffset",
        FieldKind.Date => "DateOnly",
        FieldKind.StringSet => "IEnumerable<string>",
        _ => "IEnumerable<TElement>",
    };
}
