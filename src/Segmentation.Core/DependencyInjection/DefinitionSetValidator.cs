using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>Checks a whole set of definitions before it may replace another: binding, unique names, known and acyclic references.</summary>
internal static class DefinitionSetValidator
{
    private const string RootPath = "$.criteria";

    internal static SegmentDefinition[] Validate(FieldCatalog catalog, IEnumerable<SegmentDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var bound = definitions.Select(d => Bind(catalog, d ?? throw new SegmentationException("The set holds a null definition. Give definitions only."))).ToArray();
        var names = SegmentSetRules.CheckDistinctNames(bound).Keys.ToHashSet(StringComparer.Ordinal);
        var references = bound.ToDictionary(d => d.Name, d => References(catalog, d, names), StringComparer.Ordinal);
        RejectCycles(references);
        return bound;
    }

    private static SegmentDefinition Bind(FieldCatalog catalog, SegmentDefinition definition)
    {
        try
        {
            return DefinitionBinder.Bind(definition, catalog);
        }
        catch (DefinitionException e)
        {
            throw new DefinitionException(e.Location ?? RootPath, $"in segment '{definition.Name}': {e.Problem}", e.Expected);
        }
    }

    private static List<string> References(FieldCatalog catalog, SegmentDefinition definition, HashSet<string> names)
    {
        var found = new List<string>();
        CriteriaVisitor.Visit(definition.Criteria, catalog, RootPath, (node, _, path) =>
        {
            if (node is SegmentReferenceCriterion reference)
            {
                if (!names.Contains(reference.Segment))
                {
                    var suggestion = NameSuggester.Closest(reference.Segment, names);
                    throw new DefinitionException(
                        path + ".segment",
                        $"in segment '{definition.Name}': the referenced segment '{reference.Segment}' is not in the set.",
                        suggestion is null ? $"Expected one of: {string.Join(", ", names)}." : $"Did you mean '{suggestion}'?");
                }

                found.Add(reference.Segment);
            }
        });
        return found;
    }

    private static void RejectCycles(Dictionary<string, List<string>> references)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in references.Keys)
        {
            Walk(name, references, done, []);
        }
    }

    private static void Walk(string name, Dictionary<string, List<string>> references, HashSet<string> done, List<string> trail)
    {
        if (done.Contains(name))
        {
            return;
        }

        var at = trail.IndexOf(name);
        if (at >= 0)
        {
            var cycle = string.Join(" -> ", trail.Skip(at).Append(name));
            throw new SegmentationException($"Segments reference each other in a cycle: {cycle}. Remove one of the references.", name);
        }

        trail.Add(name);
        foreach (var next in references[name])
        {
            Walk(next, references, done, trail);
        }

        trail.RemoveAt(trail.Count - 1);
        done.Add(name);
    }
}
