using Segmentation.Catalog;

namespace Segmentation.DependencyInjection;

/// <summary>
/// A custom criterion implemented as a class resolved from the container, so that it can take
/// services (a ticket client, a cache) through its constructor. Register it with
/// <see cref="SegmentationBuilder.AddCriterion{TSource}"/>.
/// </summary>
public interface ICriterionSource
{
    /// <summary>Gets the criterion: a <see cref="TranslatableCriterion{TRecord}"/> or an <see cref="InMemoryCriterion{TRecord}"/>.</summary>
    CustomCriterionDefinition Criterion { get; }
}
