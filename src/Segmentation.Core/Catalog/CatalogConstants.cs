namespace Segmentation.Catalog;

/// <summary>Defaults of the catalog, in one place.</summary>
internal static class CatalogConstants
{
    internal const int DefaultMaxNesting = 3;
}
