using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// A field picked by <c>Where</c>, <c>And</c>, <c>Or</c> and their <c>Not</c> forms, waiting for its
/// operator. The operators are extension methods that apply only to fitting value types
/// (<see cref="NumberCriteria"/>, <see cref="TextCriteria"/>, <see cref="DateCriteria"/>, ...), so
/// IntelliSense offers only what the field allows.
/// </summary>
/// <typeparam name="TNext">The chain the operator returns to.</typeparam>
/// <typeparam name="TValue">The field's value type, with <see cref="Nullable{T}"/> removed.</typeparam>
/// <remarks>
/// A selection is used once: call exactly one operator on it. Write your own operators as extension
/// methods that build a criterion over <see cref="Field"/> and pass it to <see cref="Add"/>.
/// </remarks>
public interface IFieldBuilder<out TNext, out TValue>
{
    /// <summary>Gets the catalog field that was picked.</summary>
    CatalogField Field { get; }

    /// <summary>Adds a criterion over the field to the chain (negated when picked by a <c>Not</c> form).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The chain, to continue with <c>And</c>/<c>Or</c> or to build.</returns>
    /// <exception cref="SegmentationException">The selection was used already.</exception>
    TNext Add(Criterion criterion);
}
