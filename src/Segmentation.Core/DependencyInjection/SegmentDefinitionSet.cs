using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>
/// One validated, immutable generation of named definitions: every definition bound to the
/// catalog, names unique, references resolvable and acyclic.
/// </summary>
/// <remarks>Immutable and thread-safe; a reload creates a new set with a higher <see cref="Version"/>.</remarks>
public sealed class SegmentDefinitionSet
{
    private readonly FrozenDictionary<string, SegmentDefinition> _byName;
    private readonly FrozenDictionary<string, SegmentCapabilities> _capabilities;

    private SegmentDefinitionSet(long version, SegmentDefinition[] definitions, FrozenDictionary<string, SegmentCapabilities> capabilities)
    {
        Version = version;
        Definitions = definitions;
        Names = Array.ConvertAll(definitions, d => d.Name);
        _byName = definitions.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        _capabilities = capabilities;
    }

    /// <summary>Gets the generation number: 1 for the registered set, one more for each reload.</summary>
    public long Version { get; }

    /// <summary>Gets the definitions, in the order given, with literals bound to their fields' kinds.</summary>
    public IReadOnlyList<SegmentDefinition> Definitions { get; }

    /// <summary>Gets the names, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the names of the definitions that cannot run inside a database (they use in-memory criteria), in the order given.</summary>
    public IReadOnlyList<string> InMemoryOnly => Names.Where(n => !_capabilities[n].IsTranslatable).ToArray();

    /// <summary>Gets a definition by name.</summary>
    /// <param name="name">The segment name (ordinal).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="SegmentationException">No definition has that name.</exception>
    public SegmentDefinition Get(string name) => TryGet(name, out var definition) ? definition : throw NotFound(name);

    /// <summary>Finds a definition by name.</summary>
    /// <param name="name">The segment name (ordinal).</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string name, [NotNullWhen(true)] out SegmentDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out definition);
    }

    /// <summary>Reports whether a definition can run inside a database and which criteria it needs.</summary>
    /// <param name="name">The segment name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">No definition has that name.</exception>
    public SegmentCapabilities Describe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _capabilities.TryGetValue(name, out var capabilities) ? capabilities : throw NotFound(name);
    }

    /// <summary>Validates definitions against a catalog and creates the set.</summary>
    internal static SegmentDefinitionSet Create(FieldCatalog catalog, IEnumerable<SegmentDefinition> definitions, long version)
    {
        var bound = DefinitionSetValidator.Validate(catalog, definitions);
        return new SegmentDefinitionSet(version, bound, CapabilityAnalysis.Analyze(catalog, bound));
    }

    private SegmentationException NotFound(string name)
    {
        var suggestion = NameSuggester.Closest(name, Names);
        return new SegmentationException(
            $"No segment is named '{name}'. " + (suggestion is null ? $"Known segments: {string.Join(", ", Names)}." : $"Did you mean '{suggestion}'?"),
            name);
    }
}
