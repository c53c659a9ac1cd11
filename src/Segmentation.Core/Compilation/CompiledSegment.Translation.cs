using Segmentation.Binding;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>What of the segment a database can run, and the split of its top-level <c>all</c>.</summary>
public sealed partial class CompiledSegment<T>
{
    /// <summary>Gets what running the segment takes, and which of its parts cannot run inside a database and why; found from the definition, before anything runs.</summary>
    public SegmentCapabilities Capabilities => _translation.Value.Capabilities;

    /// <summary>
    /// Gets the segment split for <see cref="TranslationMode.Split"/>: the conjunction a database can
    /// run (<see langword="null"/> when no part can) and the rest, tested in memory
    /// (<see langword="null"/> when the whole segment translates).
    /// </summary>
    internal (CompiledSegment<T>? Database, CompiledSegment<T>? Memory) Split => _translation.Value.Split;

    private Translation Translate()
    {
        var analysis = new TranslationAnalysis(Catalog, Resolve);
        var capabilities = analysis.Describe(Definition);
        if (capabilities.IsTranslatable)
        {
            return new Translation(capabilities, (this, null));
        }

        var (database, memory) = analysis.Split(Definition);
        return new Translation(capabilities, (Part(database), Part([.. memory.Select(m => m.Criterion)])));
    }

    private CompiledSegment<T>? Part(List<Criterion> conjuncts) => conjuncts.Count == 0
        ? null
        : _compiler.Compile<T>(new SegmentDefinition(Name, conjuncts.Count == 1 ? conjuncts[0] : new AllCriterion(conjuncts)), Catalog, _references);

    private SegmentDefinition? Resolve(string name) =>
        _references is not null && _references.TryGetValue(name, out var definition) ? DefinitionBinder.Bind(definition, Catalog, _compiler.Limits) : null;

    private sealed record Translation(SegmentCapabilities Capabilities, (CompiledSegment<T>? Database, CompiledSegment<T>? Memory) Split);
}
