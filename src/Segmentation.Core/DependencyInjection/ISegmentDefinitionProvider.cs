using System.Diagnostics.CodeAnalysis;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

namespace Segmentation.DependencyInjection;

/// <summary>
/// The named segment definitions over <typeparamref name="TRecord"/>, validated against its
/// catalog and replaceable as a whole while the application runs.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// <para>
/// Thread-safe. The definitions live in one immutable <see cref="SegmentDefinitionSet"/>;
/// <see cref="Reload"/> validates a complete new set and then swaps it in with one reference
/// write, so readers see the old set or the new one, never a mix. A reload that fails validation
/// leaves the current set in place. Take <see cref="Current"/> once when several reads must agree.
/// </para>
/// </remarks>
public interface ISegmentDefinitionProvider<TRecord>
{
    /// <summary>Occurs after a reload has swapped in a new set, on the reloading thread.</summary>
    /// <remarks>An exception thrown by a handler reaches the caller of <see cref="Reload"/>; the new set stays in place.</remarks>
    event EventHandler<SegmentDefinitionsChangedEventArgs>? Changed;

    /// <summary>Gets the catalog the definitions are validated against.</summary>
    FieldCatalog Catalog { get; }

    /// <summary>Gets the current set: a consistent snapshot.</summary>
    SegmentDefinitionSet Current { get; }

    /// <summary>Gets the names of the current definitions.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets a current definition by name.</summary>
    /// <param name="name">The segment name (ordinal).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="SegmentationException">No definition has that name.</exception>
    SegmentDefinition Get(string name);

    /// <summary>Finds a current definition by name.</summary>
    /// <param name="name">The segment name (ordinal).</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    bool TryGet(string name, [NotNullWhen(true)] out SegmentDefinition? definition);

    /// <summary>Reports what running a current definition takes: whether it can run inside a database, and which in-memory or async criteria it uses (through segment references too).</summary>
    /// <param name="name">The segment name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="SegmentationException">No definition has that name.</exception>
    SegmentCapabilities Describe(string name);

    /// <summary>Replaces every definition at once, after validating the whole new set.</summary>
    /// <param name="definitions">The complete new set.</param>
    /// <returns>The set now in effect.</returns>
    /// <exception cref="Binding.DefinitionException">A definition is invalid for the catalog, refers to a segment not in the set, or two definitions share a name (<c>$.segments[i].name</c>, as for a segment set document).</exception>
    /// <exception cref="SegmentationException">References form a cycle.</exception>
    SegmentDefinitionSet Reload(IEnumerable<SegmentDefinition> definitions);
}
