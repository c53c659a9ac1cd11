using Segmentation.Compilation;

namespace Segmentation.Explain;

/// <summary>One criterion of a segment prepared for explaining: its own small compiled test and value reader.</summary>
internal sealed class ExplainStep<T>
{
    internal required string Description { get; init; }

    internal required string Path { get; init; }

    internal required ExplainStepKind Kind { get; init; }

    internal ExplainStep<T>[] Children { get; init; } = [];

    internal Func<object?[], T, bool>? Test { get; init; }

    internal SlotTable? TestSlots { get; init; }

    /// <summary>Gets the reader of the observed value: a field or an aggregate.</summary>
    internal Func<object?[], T, object?>? Observe { get; init; }

    internal SlotTable? ObserveSlots { get; init; }

    /// <summary>Gets what the observed value is: a field name, <c>age(field)</c>, <c>distanceKm</c> or the aggregate as it reads.</summary>
    internal string? ObservedField { get; init; }

    /// <summary>Gets where the observed field's values come from (<see cref="Catalog.CatalogField.Source"/>), or <see langword="null"/>.</summary>
    internal string? ObservedSource { get; init; }

    /// <summary>Gets a value indicating whether the observed value comes from a classified field and is never read.</summary>
    internal bool ObservedRedacted { get; init; }
}
