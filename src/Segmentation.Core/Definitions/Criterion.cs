namespace Segmentation.Definitions;

/// <summary>
/// A node of a segment definition: the immutable tree that the fluent builder and the JSON
/// reader both produce and that the compiler turns into one expression.
/// </summary>
/// <remarks>
/// Criteria are immutable, thread-safe and compare by value (lists element by element), so a
/// definition read back from JSON equals the definition that was written. The set of node kinds is
/// closed: custom behaviour plugs in through <see cref="CustomCriterion"/> and the catalog.
/// </remarks>
public abstract record Criterion
{
    private protected Criterion()
    {
    }
}
