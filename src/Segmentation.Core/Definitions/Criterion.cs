namespace Segmentation.Definitions;

/// <summary>
/// A node of a segment definition: the immutable tree that the fluent builder and the JSON
/// reader both produce and that the compiler turns into one expression.
/// </summary>
/// <remarks>
/// <para>
/// Criteria are immutable, thread-safe and compare by value (lists element by element), so a
/// definition read back from JSON equals the definition that was written. The set of node kinds is
/// closed: custom behaviour plugs in through <see cref="CustomCriterion"/> and the catalog.
/// </para>
/// <para>
/// A tree is at most <see cref="MaxTreeDepth"/> levels deep: the constructor that would go deeper
/// throws, so no walk of a tree (equality, hashing, <see cref="object.ToString"/>, binding,
/// compilation, explanation, JSON) can overflow the stack, however the tree was built.
/// </para>
/// </remarks>
public abstract record Criterion
{
    /// <summary>The deepest tree of criteria that can be built: 1,000 levels (a leaf is 1 deep).</summary>
    /// <remarks><see cref="Binding.DefinitionLimits.MaxDepth"/> (128 by default) bounds what a binder accepts within it.</remarks>
    public const int MaxTreeDepth = 1_000;

    private protected Criterion()
    {
    }

    /// <summary>Gets how many levels deep this node's tree is: 1 for a leaf, one more than its deepest child otherwise.</summary>
    internal int Depth { get; private protected init; } = 1;

    /// <summary>The depth of a node over <paramref name="children"/>, checked against <see cref="MaxTreeDepth"/> before anything walks it.</summary>
    private protected static int DepthOver(IEnumerable<Criterion?> children, string owner)
    {
        var deepest = 0;
        foreach (var child in children)
        {
            deepest = Math.Max(deepest, child?.Depth ?? 0);
        }

        Names.Check(DefinitionRules.TreeDepth(deepest + 1), owner);
        return deepest + 1;
    }
}
