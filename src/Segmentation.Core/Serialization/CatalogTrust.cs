using Segmentation.Binding;
using Segmentation.Catalog;

namespace Segmentation.Serialization;

/// <summary>Refuses to read documents (untrusted, tenant-written) against a catalog nobody chose the fields of.</summary>
internal static class CatalogTrust
{
    internal static void Check(FieldCatalog catalog, SegmentJsonReadOptions options)
    {
        if (!catalog.IsAllowListed && !options.AllowCatalogWithoutAllowList)
        {
            throw new DefinitionException(
                "$",
                $"the catalog of {catalog.RecordType.Name} was built from every public property of the type without an allow-list, so a document could test fields not meant for it (a password hash, an internal flag) as an oracle.",
                "Build the catalog with TypeScanOptions.Include(...) (or IncludeAll() once every property is reviewed), or set SegmentJsonReadOptions.AllowCatalogWithoutAllowList for documents you wrote yourself.");
        }
    }
}
