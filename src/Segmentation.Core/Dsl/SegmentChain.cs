using Segmentation.Binding;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>A segment with at least one criterion: continue with <c>And</c>/<c>Or</c>, or <see cref="Build"/>.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// The fluent builder's one mutable object: each step adds to it and returns it; it is not
/// thread-safe. <see cref="Build"/> does not freeze it: it validates a snapshot and returns an
/// immutable definition, and the chain may be extended and built again without affecting
/// definitions built before.
/// </remarks>
public sealed class SegmentChain<T> : CriteriaConnectors<T, SegmentChain<T>>
{
    private readonly SegmentBuilder<T> _start;

    internal SegmentChain(ChainState state, SegmentBuilder<T> start)
        : base(state) => _start = start;

    /// <summary>Validates the definition against the catalog and returns it.</summary>
    /// <returns>An immutable, thread-safe definition whose literals have their fields' kinds.</returns>
    /// <exception cref="DefinitionException">The definition is invalid for the catalog (an operator the field does not allow, a value of the wrong kind, an unknown criterion or argument, a limit exceeded); the location is the definition's JSON path.</exception>
    public SegmentDefinition Build() =>
        DefinitionBinder.Bind(new SegmentDefinition(_start.Name, State.ToCriterion(), _start.Description) { Action = _start.Action }, Catalog, _start.Limits);
}
