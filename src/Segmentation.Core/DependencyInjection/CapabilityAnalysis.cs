using System.Collections.Frozen;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>Describes each definition of a validated set (acyclic, bound), following its segment references within the set.</summary>
internal static class CapabilityAnalysis
{
    internal static FrozenDictionary<string, SegmentCapabilities> Analyze(FieldCatalog catalog, IReadOnlyList<SegmentDefinition> definitions)
    {
        var byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var analysis = new TranslationAnalysis(catalog, name => byName.GetValueOrDefault(name));
        return definitions.ToFrozenDictionary(d => d.Name, analysis.Describe, StringComparer.Ordinal);
    }
}
