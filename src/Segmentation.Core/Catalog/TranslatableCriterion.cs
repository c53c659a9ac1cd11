using System.Linq.Expressions;

namespace Segmentation.Catalog;

/// <summary>A custom criterion given as an expression: it runs in memory and inside a database.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// The compiler inlines <see cref="Predicate"/> into the segment's expression (no <c>Invoke</c>),
/// with the arguments bound as parameters, so EF Core translates it like hand-written LINQ.
/// </remarks>
public sealed class TranslatableCriterion<TRecord> : CustomCriterionDefinition
{
    /// <summary>Creates the criterion.</summary>
    /// <param name="name">The name definitions use.</param>
    /// <param name="predicate">The test of a record given the definition's arguments.</param>
    /// <param name="parameters">The typed parameters; none by default.</param>
    /// <param name="description">An optional human description.</param>
    public TranslatableCriterion(
        string name,
        Expression<Func<TRecord, CriterionArguments, bool>> predicate,
        IEnumerable<CriterionParameter>? parameters = null,
        string? description = null)
        : base(name, typeof(TRecord), parameters, description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Predicate = predicate;
    }

    /// <summary>Gets the test of a record given the definition's arguments.</summary>
    public Expression<Func<TRecord, CriterionArguments, bool>> Predicate { get; }

    /// <inheritdoc />
    public override bool IsTranslatable => true;

    /// <inheritdoc />
    public override bool IsAsync => false;
}
