using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;

namespace Segmentation.Compilation;

/// <summary>
/// Finds, from a bound definition and before anything runs, what it needs (custom criteria, segment
/// references) and which of its parts a database cannot run; splits its top-level <c>all</c> into the
/// part a database can filter by and the rest.
/// </summary>
/// <remarks>Referenced segments are followed through <c>resolve</c> (bound definitions) and analysed once each.</remarks>
internal sealed class TranslationAnalysis(FieldCatalog catalog, Func<string, SegmentDefinition?> resolve)
{
    private const string RootPath = "$.criteria";
    private readonly Dictionary<string, Facts> _segments = new(StringComparer.Ordinal);

    internal SegmentCapabilities Describe(SegmentDefinition bound)
    {
        var facts = FactsOf(bound);
        var split = Split(bound);
        return new SegmentCapabilities(
            bound.Name,
            [.. facts.References],
            [.. facts.Custom],
            [.. facts.InMemory],
            facts.RequiresAsync,
            [.. facts.Parts],
            [.. split.InMemory.Select(p => p.Part)]);
    }

    /// <summary>The top-level conjuncts (nested <c>all</c>s and references flattened): those a database can run, and the others with why.</summary>
    internal (List<Criterion> Database, List<(Criterion Criterion, UntranslatablePart Part)> InMemory) Split(SegmentDefinition bound)
    {
        var database = new List<Criterion>();
        var memory = new List<(Criterion, UntranslatablePart)>();
        Flatten(bound.Criteria, bound.Name, RootPath, database, memory);
        return (database, memory);
    }

    private void Flatten(Criterion criterion, string segment, string path, List<Criterion> database, List<(Criterion, UntranslatablePart)> memory)
    {
        if (criterion is AllCriterion all)
        {
            for (var i = 0; i < all.Criteria.Count; i++)
            {
                Flatten(all.Criteria[i], segment, $"{path}.criteria[{i}]", database, memory);
            }

            return;
        }

        if (criterion is SegmentReferenceCriterion reference && resolve(reference.Segment) is { } referenced)
        {
            Flatten(referenced.Criteria, referenced.Name, RootPath, database, memory);
            return;
        }

        var facts = new Facts();
        Collect(criterion, segment, path, facts);
        if (facts.Parts.Count == 0)
        {
            database.Add(criterion);
        }
        else if (facts.Parts[0] is { } only && facts.Parts.Count == 1 && only.Path == path && only.Segment == segment)
        {
            memory.Add((criterion, only));
        }
        else
        {
            var first = facts.Parts[0];
            var where = first.Segment == segment ? first.Path : $"{first.Path} of '{first.Segment}'";
            var message = $"{Describe(criterion)} contains a part a database cannot run ({where}: {first.Message})"
                + (criterion is AnyCriterion
                    ? "; a record may match through that branch alone, so a database cannot filter by this 'any' and the whole of it is tested in memory."
                    : "; the whole of it is tested in memory.");
            memory.Add((criterion, new UntranslatablePart(segment, path, UntranslatableReason.ContainsUntranslatablePart, message)));
        }
    }

    private Facts FactsOf(SegmentDefinition definition)
    {
        if (_segments.TryGetValue(definition.Name, out var known))
        {
            return known;
        }

        var facts = new Facts();
        _segments[definition.Name] = facts; // before the walk: a cycle (refused by the compiler) cannot recurse forever
        Collect(definition.Criteria, definition.Name, RootPath, facts);
        return facts;
    }

    private void Collect(Criterion criterion, string segment, string path, Facts facts)
    {
        CriteriaVisitor.Visit(criterion, catalog, path, (node, nodeCatalog, nodePath) =>
        {
            foreach (var field in FieldsRead(node, nodeCatalog).Where(f => !f.IsTranslatable))
            {
                facts.InMemory.Add(field.Name);
                facts.Add(new UntranslatablePart(
                    segment,
                    nodePath,
                    UntranslatableReason.InMemoryField,
                    $"'{field.Name}' is a field read in memory (a custom field with a value accessor, such as a predicted field), which no database can read."));
            }

            switch (node)
            {
                case SegmentReferenceCriterion reference:
                    facts.References.Add(reference.Segment);
                    if (resolve(reference.Segment) is { } referenced)
                    {
                        facts.Merge(FactsOf(referenced));
                    }

                    break;
                case CustomCriterion use when nodeCatalog.FindCriterion(use.Name) is { } custom:
                    facts.Custom.Add(custom.Name);
                    if (!custom.IsTranslatable)
                    {
                        facts.InMemory.Add(custom.Name);
                        facts.RequiresAsync |= custom.IsAsync;
                        facts.Add(new UntranslatablePart(
                            segment,
                            nodePath,
                            custom.IsAsync ? UntranslatableReason.AsyncCriterion : UntranslatableReason.InMemoryCriterion,
                            $"'{custom.Name}' is an in-memory-only{(custom.IsAsync ? " async" : string.Empty)} criterion (InMemoryCriterion), .NET code no database can run."));
                    }

                    break;
                case TextCriterion { IgnoreCase: false, Operator: TextOperator.StartsWith or TextOperator.EndsWith } text when text.Value.Any(char.IsSurrogate):
                    facts.Add(new UntranslatablePart(
                        segment,
                        nodePath,
                        UntranslatableReason.TextBeyondBasicMultilingualPlane,
                        $"a case-sensitive {JsonNames.Of(text.Operator)} on '{text.Field}' with a character outside the Basic Multilingual Plane: SQL counts characters where .NET counts UTF-16 units, so a database could not give the same answer."));
                    break;
            }
        });
    }

    // The fields a node reads itself (children are visited on their own): what the compiler's walk reads too.
    private static IEnumerable<CatalogField> FieldsRead(Criterion node, FieldCatalog catalog)
    {
        var names = CriterionFields.Own(node);
        var fields = names.Select(n => n is null ? null : catalog.FindField(n)).OfType<CatalogField>();
        return node is AggregateCriterion { ValueField: { } value } aggregate && catalog.FindField(aggregate.Collection)?.ElementCatalog?.FindField(value) is { } element
            ? fields.Append(element)
            : fields;
    }

    private static string Describe(Criterion criterion) => criterion switch
    {
        AnyCriterion => "an 'any' (or)",
        NotCriterion => "a 'not'",
        AggregateCriterion aggregate => $"an aggregate over '{aggregate.Collection}' whose filter",
        _ => "a criterion",
    };

    /// <summary>What one definition (with the segments it references) uses and cannot translate.</summary>
    private sealed class Facts
    {
        public SortedSet<string> References { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Custom { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> InMemory { get; } = new(StringComparer.Ordinal);

        public bool RequiresAsync { get; set; }

        public List<UntranslatablePart> Parts { get; } = [];

        public void Add(UntranslatablePart part)
        {
            if (!Parts.Contains(part))
            {
                Parts.Add(part);
            }
        }

        public void Merge(Facts inner)
        {
            References.UnionWith(inner.References);
            Custom.UnionWith(inner.Custom);
            InMemory.UnionWith(inner.InMemory);
            RequiresAsync |= inner.RequiresAsync;
            foreach (var part in inner.Parts)
            {
                Add(part);
            }
        }
    }
}
