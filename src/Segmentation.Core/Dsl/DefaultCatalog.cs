using Segmentation.Catalog;

namespace Segmentation.Dsl;

/// <summary>The catalog of all public properties of <typeparamref name="T"/>, built once per type.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal static class DefaultCatalog<T>
{
    // Catalogs are immutable, so one per type is safe to share.
    internal static FieldCatalog Instance { get; } = FieldCatalog.FromType<T>();
}
