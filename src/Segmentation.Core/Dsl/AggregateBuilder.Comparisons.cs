using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>The comparisons that end an aggregate.</summary>
public sealed partial class AggregateBuilder<TNext, TElement, TResult>
{
    /// <summary>The aggregate equals the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext EqualTo(TResult value) => Compare(ComparisonOperator.Equal, value);

    /// <summary>The aggregate differs from the value (a missing aggregate does not match).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext NotEqualTo(TResult value) => Compare(ComparisonOperator.NotEqual, value);

    /// <summary>The aggregate is greater than the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext GreaterThan(TResult value) => Compare(ComparisonOperator.GreaterThan, value);

    /// <summary>The aggregate is at least the value (<c>&gt;=</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext AtLeast(TResult value) => Compare(ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>The aggregate is less than the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext LessThan(TResult value) => Compare(ComparisonOperator.LessThan, value);

    /// <summary>The aggregate is at most the value (<c>&lt;=</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The chain.</returns>
    public TNext AtMost(TResult value) => Compare(ComparisonOperator.LessThanOrEqual, value);
}
