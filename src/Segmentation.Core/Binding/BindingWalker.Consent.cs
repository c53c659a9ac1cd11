using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Binding of consent tests: the field must be a collection of consent records.</summary>
internal sealed partial class BindingWalker
{
    private static ConsentCriterion BindConsent(ConsentCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        if (field.ElementCatalog is not { } elements)
        {
            throw NotAllowed(field, "consent", path + ".field");
        }

        RequireElement(elements, field, ConsentCriterion.ChannelField, FieldKind.String, required: true, path);
        RequireElement(elements, field, ConsentCriterion.GivenAtField, FieldKind.DateTime, required: true, path);
        RequireElement(elements, field, ConsentCriterion.WithdrawnAtField, FieldKind.DateTime, required: false, path);
        return node;
    }

    private static void RequireElement(FieldCatalog elements, CatalogField collection, string name, FieldKind kind, bool required, string path)
    {
        var element = elements.FindField(name);
        if ((element is null && required) || (element is not null && element.Kind != kind))
        {
            throw new DefinitionException(
                path + ".field",
                $"'{collection.Name}' is not a collection of consent records: its elements need a {ValueCoercion.Describe(kind)} field '{name}'{(required ? string.Empty : " when they have one")}.",
                $"A collection whose elements have '{ConsentCriterion.ChannelField}' (string), '{ConsentCriterion.GivenAtField}' (date-time) and optionally '{ConsentCriterion.WithdrawnAtField}' (date-time).");
        }
    }
}
