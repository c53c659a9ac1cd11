namespace Segmentation.Catalog;

/// <summary>A custom criterion given as code: it runs in memory only, synchronously or asynchronously.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class InMemoryCriterion<TRecord> : CustomCriterionDefinition
{
    private InMemoryCriterion(
        string name,
        Func<TRecord, CriterionArguments, bool>? predicate,
        Func<TRecord, CriterionArguments, CancellationToken, ValueTask<bool>>? asyncPredicate,
        IEnumerable<CriterionParameter>? parameters,
        string? description)
        : base(name, typeof(TRecord), parameters, description)
    {
        Predicate = predicate;
        AsyncPredicate = asyncPredicate;
    }

    /// <summary>Creates a synchronous in-memory criterion.</summary>
    /// <param name="name">The name definitions use.</param>
    /// <param name="predicate">The test of a record given the definition's arguments.</param>
    /// <param name="parameters">The typed parameters; none by default.</param>
    /// <param name="description">An optional human description.</param>
    /// <returns>The criterion.</returns>
    public static InMemoryCriterion<TRecord> FromPredicate(
        string name,
        Func<TRecord, CriterionArguments, bool> predicate,
        IEnumerable<CriterionParameter>? parameters = null,
        string? description = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new(name, predicate, null, parameters, description);
    }

    /// <summary>Creates an asynchronous in-memory criterion (it may call a service).</summary>
    /// <param name="name">The name definitions use.</param>
    /// <param name="asyncPredicate">The test of a record given the definition's arguments.</param>
    /// <param name="parameters">The typed parameters; none by default.</param>
    /// <param name="description">An optional human description.</param>
    /// <returns>The criterion.</returns>
    public static InMemoryCriterion<TRecord> FromAsyncPredicate(
        string name,
        Func<TRecord, CriterionArguments, CancellationToken, ValueTask<bool>> asyncPredicate,
        IEnumerable<CriterionParameter>? parameters = null,
        string? description = null)
    {
        ArgumentNullException.ThrowIfNull(asyncPredicate);
        return new(name, null, asyncPredicate, parameters, description);
    }

    /// <summary>Gets the synchronous test, or <see langword="null"/> for an asynchronous criterion.</summary>
    public Func<TRecord, CriterionArguments, bool>? Predicate { get; }

    /// <summary>Gets the asynchronous test, or <see langword="null"/> for a synchronous criterion.</summary>
    public Func<TRecord, CriterionArguments, CancellationToken, ValueTask<bool>>? AsyncPredicate { get; }

    /// <inheritdoc />
    public override bool IsTranslatable => false;

    /// <inheritdoc />
    public override bool IsAsync => AsyncPredicate is not null;
}
