using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The start of a group: the parameter of <c>g =&gt; g.Where(...)...</c> in And/Or/Not/AnyOf/AllOf and aggregate filters.</summary>
/// <typeparam name="T">The record type (the element type inside an aggregate filter).</typeparam>
public sealed class CriteriaGroup<T> : CriteriaStart<T, CriteriaChain<T>>
{
    internal CriteriaGroup(FieldCatalog catalog, string location)
        : base(catalog, location)
    {
    }

    private protected override CriteriaChain<T> Begin(ChainState state) => new(state);

    /// <summary>Runs a group lambda and returns its criteria.</summary>
    internal static Criterion Evaluate(FieldCatalog catalog, string location, Func<CriteriaGroup<T>, CriteriaChain<T>> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var chain = group(new CriteriaGroup<T>(catalog, location))
            ?? throw new SegmentationException("A group returned null. Return the chain the group builds, e.g. g => g.Where(c => c.Age).AtLeast(18).");
        if (!ReferenceEquals(chain.Catalog, catalog))
        {
            throw new SegmentationException("A group returned a chain that was started elsewhere. Build the group from its own parameter: g => g.Where(...).");
        }

        return chain.State.ToCriterion();
    }

    internal static Criterion[] EvaluateAll(FieldCatalog catalog, string location, Func<CriteriaGroup<T>, CriteriaChain<T>>[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Length == 0)
        {
            throw new SegmentationException("AllOf/AnyOf needs at least one group.");
        }

        var criteria = new Criterion[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            criteria[i] = Evaluate(catalog, DslLocation.Child(location, $"group {i + 1}"), groups[i]);
        }

        return criteria;
    }
}
