namespace Segmentation.Definitions;

/// <summary>Matches when every child criterion matches (logical AND).</summary>
public sealed record AllCriterion : Criterion
{
    /// <summary>Creates the conjunction of one or more criteria.</summary>
    /// <param name="criteria">The criteria that must all match.</param>
    /// <exception cref="Binding.DefinitionException"><paramref name="criteria"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> holds a <see langword="null"/>.</exception>
    /// <exception cref="Binding.DefinitionException">The tree would be deeper than <see cref="Criterion.MaxTreeDepth"/>.</exception>
    public AllCriterion(IEnumerable<Criterion> criteria)
    {
        Criteria = ValueList.NonEmpty(criteria, nameof(AllCriterion), nameof(criteria));
        Depth = DepthOver(Criteria, nameof(AllCriterion));
    }

    /// <summary>Creates the conjunction of one or more criteria.</summary>
    /// <param name="criteria">The criteria that must all match.</param>
    public AllCriterion(params Criterion[] criteria)
        : this((IEnumerable<Criterion>)criteria)
    {
    }

    /// <summary>Gets the criteria that must all match, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }
}
