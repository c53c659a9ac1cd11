namespace Segmentation.Catalog;

/// <summary>Defaults of the catalog, in one place.</summary>
internal static class CatalogConstants
{
    internal const int DefaultMaxNesting = 3;

    /// <summary>The most types a property scan passes through from the root, nested objects and collection elements together.</summary>
    internal const int MaxTypePath = 16;
}
