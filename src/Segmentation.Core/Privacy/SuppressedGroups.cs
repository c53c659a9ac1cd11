namespace Segmentation.Privacy;

/// <summary>Which groups of the groupings given to <see cref="SmallCellSuppression.Apply(IReadOnlyList{ReadOnlyMemory{int}})"/> are suppressed.</summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class SuppressedGroups
{
    private readonly bool[][] _suppressed;

    internal SuppressedGroups(SmallCellSuppression rule, bool[][] suppressed, bool population, int primary, int secondary)
    {
        Rule = rule;
        _suppressed = suppressed;
        IsPopulationSuppressed = population;
        PrimaryCount = primary;
        SecondaryCount = secondary;
    }

    /// <summary>Gets the rule that was applied.</summary>
    /// <value>The rule the groups were checked against.</value>
    public SmallCellSuppression Rule { get; }

    /// <summary>Gets a value indicating whether the whole population is smaller than the minimum group size, so that its totals are suppressed too.</summary>
    /// <value><see langword="true"/> when every figure is suppressed.</value>
    public bool IsPopulationSuppressed { get; }

    /// <summary>Gets the number of groups suppressed because they are small.</summary>
    /// <value>Zero or more.</value>
    public int PrimaryCount { get; }

    /// <summary>Gets the number of further groups suppressed so that totals and differences cannot reveal the small ones.</summary>
    /// <value>Zero or more.</value>
    public int SecondaryCount { get; }

    /// <summary>Gets the number of groupings.</summary>
    /// <value>As many as were given.</value>
    public int GroupingCount => _suppressed.Length;

    /// <summary>Tells whether a group is suppressed.</summary>
    /// <param name="grouping">The grouping's index in the list given.</param>
    /// <param name="key">The group's key; a key no customer has is an empty group, never suppressed.</param>
    /// <returns><see langword="true"/> when the group's figures must not be shown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> is outside the list.</exception>
    public bool IsSuppressed(int grouping, int key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grouping);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(grouping, _suppressed.Length);
        var keys = _suppressed[grouping];
        return (uint)key < (uint)keys.Length && keys[key];
    }

    /// <summary>Gets the suppression flags of one grouping, indexed by key.</summary>
    /// <param name="grouping">The grouping's index in the list given.</param>
    /// <returns>One flag per key up to the largest key a customer has.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> is outside the list.</exception>
    public IReadOnlyList<bool> Of(int grouping)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(grouping);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(grouping, _suppressed.Length);
        return Array.AsReadOnly(_suppressed[grouping]);
    }
}
