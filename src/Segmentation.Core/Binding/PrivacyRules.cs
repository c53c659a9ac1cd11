using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>
/// The operators a classified field refuses: those that reveal a value bit by bit when a definition
/// is evaluated many times (a membership oracle), unless the catalog allows them for the field.
/// </summary>
internal static class PrivacyRules
{
    /// <summary>Text prefix, suffix and contains tests find a value one character at a time; equality does not.</summary>
    internal static void CheckText(CatalogField field, TextOperator op, string path)
    {
        if (field.IsClassified && !field.AllowsRevealingOperators && op != TextOperator.Equal)
        {
            throw Refused(field, $"the text operator '{JsonNames.Of(op)}'", path);
        }
    }

    /// <summary>Ordering comparisons bisect an identifier's value; equality and lists do not.</summary>
    internal static void CheckOrdering(CatalogField field, string what, string path)
    {
        if (field.Classification == FieldClassification.Identifier && !field.AllowsRevealingOperators)
        {
            throw Refused(field, what, path);
        }
    }

    internal static bool IsOrdering(ComparisonOperator op) => op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);

    private static DefinitionException Refused(CatalogField field, string what, string path) =>
        new(
            path,
            $"{what} is refused for the {field.Classification.ToString().ToLowerInvariant()} field '{field.Name}': repeated evaluations would reveal its values piece by piece.",
            "Test the field with equals, in or isNull/hasValue, or ask the catalog's owner to allow revealing operators for it (FieldCatalogBuilder.Classify(..., allowRevealingOperators: true)).");
}
