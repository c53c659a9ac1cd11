using System.Diagnostics.CodeAnalysis;
using Segmentation.Catalog;

namespace Segmentation.DependencyInjection;

/// <summary>The catalogs registered with <c>AddSegmentation</c>, one per record type, with their custom criteria added.</summary>
/// <remarks>A singleton; the catalogs are immutable and thread-safe.</remarks>
public interface ISegmentCatalogProvider
{
    /// <summary>Gets the record types that have a catalog.</summary>
    IReadOnlyCollection<Type> RecordTypes { get; }

    /// <summary>Gets the catalog of a record type.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <returns>The catalog.</returns>
    /// <exception cref="SegmentationException">No catalog of that type is registered.</exception>
    FieldCatalog GetCatalog<TRecord>();

    /// <summary>Finds the catalog of a record type.</summary>
    /// <param name="recordType">The record type.</param>
    /// <param name="catalog">The catalog, when registered.</param>
    /// <returns><see langword="true"/> when a catalog of that type is registered.</returns>
    bool TryGetCatalog(Type recordType, [NotNullWhen(true)] out FieldCatalog? catalog);
}
