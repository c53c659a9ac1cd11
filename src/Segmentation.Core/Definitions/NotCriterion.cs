namespace Segmentation.Definitions;

/// <summary>Matches when the child criterion does not match (logical NOT).</summary>
/// <remarks>
/// Logic is two-valued: a comparison with a missing value is <see langword="false"/>, so its
/// negation is <see langword="true"/>. <c>not (age &gt; 30)</c> therefore matches customers
/// without an age; combine with <see cref="NullCheckCriterion"/> when that is not meant.
/// </remarks>
public sealed record NotCriterion : Criterion
{
    /// <summary>Creates the negation of a criterion.</summary>
    /// <param name="criterion">The criterion to negate.</param>
    /// <exception cref="Binding.DefinitionException">The tree would be deeper than <see cref="Criterion.MaxTreeDepth"/>.</exception>
    public NotCriterion(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        Criterion = criterion;
        Depth = DepthOver([criterion], nameof(NotCriterion));
    }

    /// <summary>Gets the negated criterion.</summary>
    public Criterion Criterion { get; }
}
