using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>
/// A chain with at least one criterion, continued with <c>And</c> or <c>Or</c> (each also in a
/// <c>Not</c> form, and each taking a field or a group).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <typeparam name="TChain">The concrete chain type, returned by every step.</typeparam>
/// <remarks>
/// <para>
/// A chain is joined by <c>And</c> or by <c>Or</c>, not both: once the first connector is used, the
/// other one throws a <see cref="SegmentationException"/>. Mixing is written with a group, which
/// says what binds to what: <c>.And(g =&gt; g.Where(...).Or(...))</c>. Groups are kept as written
/// (not flattened), so the definition mirrors the code.
/// </para>
/// <para>
/// Chains are mutable and not thread-safe: each step adds to the same chain and returns it.
/// <c>Build()</c> takes a snapshot, so a chain may be extended and built again.
/// </para>
/// </remarks>
public abstract partial class CriteriaConnectors<T, TChain>
    where TChain : CriteriaConnectors<T, TChain>
{
    private protected CriteriaConnectors(ChainState state) => State = state;

    /// <summary>Gets the catalog that fields and criteria are looked up in.</summary>
    public FieldCatalog Catalog => State.Catalog;

    internal ChainState State { get; }

    /// <summary>Adds a group that must also match.</summary>
    /// <param name="group">The group, e.g. <c>g =&gt; g.Where(c =&gt; c.Age).AtLeast(18).Or(c =&gt; c.Tier).EqualTo(Tier.Gold)</c>.</param>
    /// <returns>This chain.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>.</exception>
    public TChain And(Func<CriteriaGroup<T>, CriteriaChain<T>> group) => Join(CriteriaGroup<T>.Evaluate(Catalog, State.NextLocation(null), group), Junction.All);

    /// <summary>Adds a group that must not match.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This chain.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>Or</c>.</exception>
    public TChain AndNot(Func<CriteriaGroup<T>, CriteriaChain<T>> group) => Join(new NotCriterion(CriteriaGroup<T>.Evaluate(Catalog, State.NextLocation(null), group)), Junction.All);

    /// <summary>Adds a group that may match instead.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This chain.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>.</exception>
    public TChain Or(Func<CriteriaGroup<T>, CriteriaChain<T>> group) => Join(CriteriaGroup<T>.Evaluate(Catalog, State.NextLocation(null), group), Junction.Any);

    /// <summary>Adds a group whose failure to match is enough.</summary>
    /// <param name="group">The group.</param>
    /// <returns>This chain.</returns>
    /// <exception cref="SegmentationException">The chain is joined by <c>And</c>.</exception>
    public TChain OrNot(Func<CriteriaGroup<T>, CriteriaChain<T>> group) => Join(new NotCriterion(CriteriaGroup<T>.Evaluate(Catalog, State.NextLocation(null), group)), Junction.Any);

    private TChain Join(Criterion criterion, Junction junction)
    {
        State.Append(criterion, junction);
        return (TChain)this;
    }

    private FieldSelection<TChain, TValue> Pick<TValue>(CatalogField field, Junction junction, bool negate)
    {
        State.CheckJoin(junction);
        return new FieldSelection<TChain, TValue>(field, negate, State.NextLocation(field.Name), criterion => Join(criterion, junction));
    }

    private FieldSelection<TChain, TValue> Pick<TValue>(LambdaExpression field, Junction junction, bool negate)
    {
        State.CheckJoin(junction);
        return Pick<TValue>(FieldResolver.Resolve(Catalog, field), junction, negate);
    }

    private FieldSelection<TChain, TValue> Pick<TValue>(string field, Junction junction, bool negate)
    {
        State.CheckJoin(junction);
        return Pick<TValue>(FieldResolver.Resolve<TValue>(Catalog, field), junction, negate);
    }
}
