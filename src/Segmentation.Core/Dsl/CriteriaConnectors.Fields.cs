using System.Linq.Expressions;

namespace Segmentation.Dsl;

/// <summary>The connectors that pick a field.</summary>
public abstract partial class CriteriaConnectors<T, TChain>
{
    /// <summary>Picks a field whose test must also match.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.TotalSpend</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> And<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(field, Junction.All, negate: false);

    /// <summary>Picks a nullable field whose test must also match; its operators take the underlying type.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Age</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> And<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(field, Junction.All, negate: false);

    /// <summary>Picks a field by catalog name whose test must also match: <c>And&lt;decimal&gt;("loyaltyPoints")</c>.</summary>
    /// <typeparam name="TValue">A type of the field's kind, e.g. <see cref="decimal"/> for a number field.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, or the catalog has no such field of that kind.</exception>
    public IFieldBuilder<TChain, TValue> And<TValue>(string field) => Pick<TValue>(field, Junction.All, negate: false);

    /// <summary>Picks a field whose test must not match.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.TotalSpend</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> AndNot<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(field, Junction.All, negate: true);

    /// <summary>Picks a nullable field whose test must not match; its operators take the underlying type.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Age</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> AndNot<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(field, Junction.All, negate: true);

    /// <summary>Picks a field by catalog name whose test must not match: <c>AndNot&lt;decimal&gt;("loyaltyPoints")</c>.</summary>
    /// <typeparam name="TValue">A type of the field's kind, e.g. <see cref="decimal"/> for a number field.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>, or the catalog has no such field of that kind.</exception>
    public IFieldBuilder<TChain, TValue> AndNot<TValue>(string field) => Pick<TValue>(field, Junction.All, negate: true);

    /// <summary>Picks a field whose test may match instead.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.TotalSpend</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> Or<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(field, Junction.Any, negate: false);

    /// <summary>Picks a nullable field whose test may match instead; its operators take the underlying type.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Age</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> Or<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(field, Junction.Any, negate: false);

    /// <summary>Picks a field by catalog name whose test may match instead: <c>Or&lt;decimal&gt;("loyaltyPoints")</c>.</summary>
    /// <typeparam name="TValue">A type of the field's kind, e.g. <see cref="decimal"/> for a number field.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, or the catalog has no such field of that kind.</exception>
    public IFieldBuilder<TChain, TValue> Or<TValue>(string field) => Pick<TValue>(field, Junction.Any, negate: false);

    /// <summary>Picks a field whose test is enough when it does not match.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.TotalSpend</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> OrNot<TValue>(Expression<Func<T, TValue>> field) => Pick<TValue>(field, Junction.Any, negate: true);

    /// <summary>Picks a nullable field whose test is enough when it does not match; its operators take the underlying type.</summary>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    /// <param name="field">A chain of properties, e.g. <c>c =&gt; c.Age</c>.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, the selector is not a property chain, or the catalog has no such field.</exception>
    public IFieldBuilder<TChain, TValue> OrNot<TValue>(Expression<Func<T, TValue?>> field)
        where TValue : struct => Pick<TValue>(field, Junction.Any, negate: true);

    /// <summary>Picks a field by catalog name whose test is enough when it does not match: <c>OrNot&lt;decimal&gt;("loyaltyPoints")</c>.</summary>
    /// <typeparam name="TValue">A type of the field's kind, e.g. <see cref="decimal"/> for a number field.</typeparam>
    /// <param name="field">The catalog name.</param>
    /// <returns>The field, waiting for an operator that fits its type.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>, or the catalog has no such field of that kind.</exception>
    public IFieldBuilder<TChain, TValue> OrNot<TValue>(string field) => Pick<TValue>(field, Junction.Any, negate: true);
}
