using Segmentation.Catalog;

namespace Segmentation.Tests.TestModel;

/// <summary>Catalogs shared by tests.</summary>
public static class Catalogs
{
    public static FieldCatalog Customer { get; } = FieldCatalog.FromType<Customer>();
}
