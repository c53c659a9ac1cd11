using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>Resolves segment references while a definition is compiled, and rejects cycles naming them.</summary>
internal sealed class ReferenceScope
{
    private readonly IReadOnlyDictionary<string, SegmentDefinition>? _definitions;
    private readonly DefinitionLimits _limits;
    private readonly List<string> _stack;

    internal ReferenceScope(string root, IReadOnlyDictionary<string, SegmentDefinition>? definitions, DefinitionLimits limits)
    {
        _definitions = definitions;
        _limits = limits;
        _stack = [root];
    }

    /// <summary>Gets every segment referenced, directly or not.</summary>
    internal HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

    internal SegmentDefinition Enter(string name, string path, FieldCatalog catalog)
    {
        var start = _stack.IndexOf(name);
        if (start >= 0)
        {
            var cycle = string.Join(" -> ", _stack.Skip(start).Append(name));
            throw new DefinitionException(path, $"the segment references form a cycle: {cycle}.", "Remove one of the references in the cycle.");
        }

        if (_definitions is null || !_definitions.TryGetValue(name, out var definition))
        {
            var known = _definitions is null || _definitions.Count == 0 ? "none were given" : string.Join(", ", _definitions.Keys.Order(StringComparer.Ordinal));
            throw new DefinitionException(path + ".segment", $"the referenced segment '{name}' is unknown.", $"Pass its definition in the references ({known}).");
        }

        SegmentDefinition bound;
        try
        {
            bound = DefinitionBinder.Bind(definition, catalog, _limits);
        }
        catch (DefinitionException error)
        {
            throw new DefinitionException(path, $"the referenced segment '{name}' is invalid at {error.Location}: {error.Problem}", error.Expected);
        }

        _stack.Add(name);
        Referenced.Add(name);
        return bound;
    }

    internal void Exit() => _stack.RemoveAt(_stack.Count - 1);
}
