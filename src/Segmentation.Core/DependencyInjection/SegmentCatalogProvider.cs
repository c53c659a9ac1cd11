using System.Diagnostics.CodeAnalysis;
using Segmentation.Catalog;

namespace Segmentation.DependencyInjection;

/// <summary>Builds the registered catalogs once and adds every registered criterion to the catalog of its record type.</summary>
internal sealed class SegmentCatalogProvider : ISegmentCatalogProvider
{
    private readonly Dictionary<Type, FieldCatalog> _catalogs = [];

    public SegmentCatalogProvider(SegmentationRegistry registry, IEnumerable<ICriterionSource> sources)
    {
        foreach (var (recordType, create) in registry.Catalogs)
        {
            _catalogs[recordType] = create();
        }

        foreach (var criterion in registry.Criteria.Concat(sources.Select(s => s.Criterion)))
        {
            if (!_catalogs.TryGetValue(criterion.RecordType, out var catalog))
            {
                throw new SegmentationException(
                    $"The criterion '{criterion.Name}' is for {criterion.RecordType.Name}, but no catalog of {criterion.RecordType.Name} is registered. Add AddCatalog<{criterion.RecordType.Name}>() to AddSegmentation.",
                    criterion.Name);
            }

            _catalogs[criterion.RecordType] = catalog.WithCriterion(criterion);
        }
    }

    public IReadOnlyCollection<Type> RecordTypes => _catalogs.Keys;

    public FieldCatalog GetCatalog<TRecord>() => TryGetCatalog(typeof(TRecord), out var catalog)
        ? catalog
        : throw new SegmentationException($"No catalog of {typeof(TRecord).Name} is registered. Add AddCatalog<{typeof(TRecord).Name}>() to AddSegmentation.", typeof(TRecord).Name);

    public bool TryGetCatalog(Type recordType, [NotNullWhen(true)] out FieldCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        return _catalogs.TryGetValue(recordType, out catalog);
    }
}
