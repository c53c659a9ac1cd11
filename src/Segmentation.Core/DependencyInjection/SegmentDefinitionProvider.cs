using System.Diagnostics.CodeAnalysis;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>The registry behind <see cref="ISegmentDefinitionProvider{TRecord}"/>: one immutable set, swapped whole.</summary>
internal sealed class SegmentDefinitionProvider<TRecord> : ISegmentDefinitionProvider<TRecord>
{
    private readonly Lock _reloadGate = new();
    private SegmentDefinitionSet _current;

    internal SegmentDefinitionProvider(FieldCatalog catalog, IEnumerable<SegmentDefinition> initial)
    {
        Catalog = catalog;
        _current = SegmentDefinitionSet.Create(catalog, initial, version: 1);
    }

    public event EventHandler<SegmentDefinitionsChangedEventArgs>? Changed;

    public FieldCatalog Catalog { get; }

    // Readers take the reference once; the set it points to never changes.
    public SegmentDefinitionSet Current => Volatile.Read(ref _current);

    public IReadOnlyList<string> Names => Current.Names;

    public SegmentDefinition Get(string name) => Current.Get(name);

    public bool TryGet(string name, [NotNullWhen(true)] out SegmentDefinition? definition) => Current.TryGet(name, out definition);

    public SegmentCapabilities Describe(string name) => Current.Describe(name);

    public SegmentDefinitionSet Reload(IEnumerable<SegmentDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        SegmentDefinitionSet previous;
        SegmentDefinitionSet next;
        lock (_reloadGate)
        {
            // Validation throws before the swap, so a failed reload leaves the current set in place.
            previous = _current;
            next = SegmentDefinitionSet.Create(Catalog, definitions, previous.Version + 1);
            Volatile.Write(ref _current, next);
        }

        Changed?.Invoke(this, new SegmentDefinitionsChangedEventArgs(previous, next));
        return next;
    }
}
