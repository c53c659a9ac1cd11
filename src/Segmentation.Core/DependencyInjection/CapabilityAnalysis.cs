using System.Collections.Frozen;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>Finds the custom criteria each definition needs, following segment references (the set is acyclic by then).</summary>
internal static class CapabilityAnalysis
{
    internal static FrozenDictionary<string, SegmentCapabilities> Analyze(FieldCatalog catalog, IReadOnlyList<SegmentDefinition> definitions)
    {
        var direct = definitions.ToDictionary(d => d.Name, d => Direct(catalog, d), StringComparer.Ordinal);
        var result = new Dictionary<string, SegmentCapabilities>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            Resolve(definition.Name, direct, result);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static SegmentCapabilities Resolve(string name, Dictionary<string, (List<string> References, List<CustomCriterionDefinition> Custom, List<string> InMemoryFields)> direct, Dictionary<string, SegmentCapabilities> done)
    {
        if (done.TryGetValue(name, out var known))
        {
            return known;
        }

        var (references, custom, inMemoryFields) = direct[name];
        var allReferences = new SortedSet<string>(references, StringComparer.Ordinal);
        var customNames = new SortedSet<string>(custom.Select(c => c.Name), StringComparer.Ordinal);
        var inMemory = new SortedSet<string>(custom.Where(c => !c.IsTranslatable).Select(c => c.Name).Concat(inMemoryFields), StringComparer.Ordinal);
        var requiresAsync = custom.Any(c => c.IsAsync);
        foreach (var reference in references)
        {
            var inner = Resolve(reference, direct, done);
            allReferences.UnionWith(inner.ReferencedSegments);
            customNames.UnionWith(inner.CustomCriteria);
            inMemory.UnionWith(inner.InMemoryCriteria);
            requiresAsync |= inner.RequiresAsync;
        }

        var capabilities = new SegmentCapabilities(name, [.. allReferences], [.. customNames], [.. inMemory], requiresAsync);
        done[name] = capabilities;
        return capabilities;
    }

    private static (List<string> References, List<CustomCriterionDefinition> Custom, List<string> InMemoryFields) Direct(FieldCatalog catalog, SegmentDefinition definition)
    {
        var references = new List<string>();
        var custom = new List<CustomCriterionDefinition>();
        var inMemoryFields = new List<string>();
        CriteriaVisitor.Visit(definition.Criteria, catalog, "$.criteria", (node, nodeCatalog, _) =>
        {
            if (node is SegmentReferenceCriterion reference)
            {
                references.Add(reference.Segment);
            }
            else if (node is CustomCriterion use && nodeCatalog.FindCriterion(use.Name) is { } criterion)
            {
                custom.Add(criterion);
            }

            inMemoryFields.AddRange(FieldsRead(node, nodeCatalog).Where(f => !f.IsTranslatable).Select(f => f.Name));
        });
        return (references, custom, inMemoryFields);
    }

    // The fields a node reads itself (children are visited on their own): what the compiler's walk reads too.
    private static IEnumerable<CatalogField> FieldsRead(Criterion node, FieldCatalog catalog)
    {
        string?[] names = node switch
        {
            ComparisonCriterion c => [c.Field],
            BetweenCriterion b => [b.Field],
            InCriterion i => [i.Field],
            TextCriterion t => [t.Field],
            NullCheckCriterion n => [n.Field],
            SetCriterion s => [s.Field],
            TimeWindowCriterion w => [w.Field],
            AgeCriterion a => [a.Field],
            GeoRadiusCriterion g => [g.LatitudeField, g.LongitudeField],
            AggregateCriterion a => [a.Collection],
            ConsentCriterion c => [c.Field],
            _ => [],
        };
        var fields = names.Select(n => n is null ? null : catalog.FindField(n)).OfType<CatalogField>();
        return node is AggregateCriterion { ValueField: { } value } aggregate && catalog.FindField(aggregate.Collection)?.ElementCatalog?.FindField(value) is { } element
            ? fields.Append(element)
            : fields;
    }
}
