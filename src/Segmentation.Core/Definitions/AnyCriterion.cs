namespace Segmentation.Definitions;

/// <summary>Matches when at least one child criterion matches (logical OR).</summary>
public sealed record AnyCriterion : Criterion
{
    /// <summary>Creates the disjunction of one or more criteria.</summary>
    /// <param name="criteria">The criteria of which one must match.</param>
    /// <exception cref="Binding.DefinitionException"><paramref name="criteria"/> is empty.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> holds a <see langword="null"/>.</exception>
    /// <exception cref="Binding.DefinitionException">The tree would be deeper than <see cref="Criterion.MaxTreeDepth"/>.</exception>
    public AnyCriterion(IEnumerable<Criterion> criteria)
    {
        Criteria = ValueList.NonEmpty(criteria, nameof(AnyCriterion), nameof(criteria));
        Depth = DepthOver(Criteria, nameof(AnyCriterion));
    }

    /// <summary>Creates the disjunction of one or more criteria.</summary>
    /// <param name="criteria">The criteria of which one must match.</param>
    public AnyCriterion(params Criterion[] criteria)
        : this((IEnumerable<Criterion>)criteria)
    {
    }

    /// <summary>Gets the criteria of which one must match, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }
}
