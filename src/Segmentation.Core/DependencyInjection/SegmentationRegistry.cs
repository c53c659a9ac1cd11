using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>What <c>AddSegmentation</c> calls registered; one instance per service collection, read when the providers are first resolved.</summary>
internal sealed class SegmentationRegistry
{
    internal List<(Type RecordType, Func<FieldCatalog> Create)> Catalogs { get; } = [];

    internal List<CustomCriterionDefinition> Criteria { get; } = [];

    internal List<(Type RecordType, Func<IServiceProvider, FieldCatalog, IEnumerable<SegmentDefinition>> Create)> Definitions { get; } = [];

    internal IEnumerable<SegmentDefinition> DefinitionsFor<TRecord>(IServiceProvider services, FieldCatalog catalog) =>
        Definitions.Where(d => d.RecordType == typeof(TRecord)).SelectMany(d => d.Create(services, catalog)).ToArray();
}
