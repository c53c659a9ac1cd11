using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Internal;

namespace Segmentation.Compilation;

/// <summary>
/// A segment compiled for records of type <typeparamref name="T"/>: an expression for LINQ providers
/// and a delegate for memory, both taking the as-of instant at evaluation time.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>
/// Immutable and thread-safe. Logic is two-valued with SQL's treatment of missing values: a test of
/// a missing value is <see langword="false"/> (for <c>!=</c> and <c>notIn</c> too), and <c>not</c>
/// negates that result.
/// </remarks>
public sealed partial class CompiledSegment<T>
{
    private readonly SegmentCompiler _compiler;
    private readonly IReadOnlyDictionary<string, SegmentDefinition>? _references;
    private readonly Lazy<SegmentPlan> _queryPlan;
    private readonly Lazy<Translation> _translation;
    private HolderCache? _lastHolder;

    internal CompiledSegment(
        SegmentCompiler compiler,
        SegmentDefinition definition,
        FieldCatalog catalog,
        IReadOnlyDictionary<string, SegmentDefinition>? references,
        SegmentPlan plan,
        Delegate compiled)
    {
        _compiler = compiler;
        _references = references;
        Definition = definition;
        Catalog = catalog;
        Plan = plan;
        Sync = compiled as Func<object, T, bool>;
        Async = compiled as Func<object, T, bool[], bool>;
        _queryPlan = new(() => SegmentPlan.Create<T>(Definition, Catalog, _references, CompileTarget.Query, _compiler.Limits));
        _translation = new(Translate);
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the definition as bound to the catalog (literals converted to their fields' kinds).</summary>
    public SegmentDefinition Definition { get; }

    /// <summary>Gets the catalog the segment was compiled with.</summary>
    public FieldCatalog Catalog { get; }

    /// <summary>Gets a value indicating whether the whole segment can run inside a database; <see cref="Capabilities"/> lists the parts that cannot, and why.</summary>
    public bool IsTranslatable => Capabilities.IsTranslatable;

    /// <summary>Gets the names of the in-memory-only custom criteria and the untranslatable fields (<see cref="CatalogField.IsTranslatable"/>) the segment uses (through references too); empty when translatable.</summary>
    public IReadOnlyList<string> InMemoryOnlyCriteria => Plan.InMemoryOnly;

    /// <summary>Gets a value indicating whether the segment uses async criteria, so only the async APIs can evaluate it.</summary>
    public bool RequiresAsync => Async is not null;

    /// <summary>Gets the names of the segments this one references, directly or through others.</summary>
    public IReadOnlyCollection<string> ReferencedSegments => Plan.Referenced;

    internal SegmentPlan Plan { get; }

    internal IReadOnlyDictionary<string, SegmentDefinition>? References => _references;

    internal SegmentCompiler Compiler => _compiler;

    internal Func<object, T, bool>? Sync { get; }

    internal Func<object, T, bool[], bool>? Async { get; }

    /// <summary>Builds the expression for a LINQ provider (EF Core) at an as-of instant.</summary>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>
    /// A single-parameter expression without <c>Invoke</c>, whose literals and window bounds are read
    /// from a captured holder so that providers turn them into query parameters (one plan per shape).
    /// </returns>
    /// <exception cref="SegmentationException">The segment uses an async criterion, which no expression can hold.</exception>
    public Expression<Func<T, bool>> ToExpression(DateTimeOffset asOf)
    {
        if (RequiresAsync)
        {
            throw new SegmentationException(
                $"The segment '{Name}' uses the async criteria {string.Join(", ", Plan.AsyncCalls.Select(c => "'" + c.Name + "'"))}, which cannot be part of an expression. Evaluate it with the async APIs (IsMatchAsync, SegmentSet.EvaluateAsync).",
                Name);
        }

        var plan = _queryPlan.Value;
        var parameters = new SegmentParameters(plan.Slots.CreateHolder(asOf));
        var holder = Expression.Field(Expression.Constant(parameters), nameof(SegmentParameters.Values));
        var body = ParameterReplacer.Inline(plan.Lambda, holder, plan.Record);
        return Expression.Lambda<Func<T, bool>>(body, plan.Record);
    }

    /// <summary>Returns the compiled test at an as-of instant.</summary>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>A thread-safe delegate that allocates nothing per call.</returns>
    /// <exception cref="SegmentationException">The segment uses an async criterion; use <see cref="IsMatchAsync"/>.</exception>
    public Func<T, bool> ToPredicate(DateTimeOffset asOf)
    {
        var test = SyncOrThrow();
        var holder = HolderFor(asOf);
        return record => test(holder, record);
    }

    /// <summary>Tests one record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns><see langword="true"/> when the record is in the segment.</returns>
    /// <exception cref="SegmentationException">The segment uses an async criterion; use <see cref="IsMatchAsync"/>.</exception>
    public bool IsMatch(T record, DateTimeOffset asOf) => SyncOrThrow()(HolderFor(asOf), record);

    /// <inheritdoc />
    public override string ToString() => $"CompiledSegment<{typeof(T).Name}> {Name}";

    /// <summary>The literals for an as-of instant, as the delegate reads them; the last holder is kept, so repeated calls do not allocate.</summary>
    internal object HolderFor(DateTimeOffset asOf)
    {
        var last = _lastHolder;
        if (last is not null && last.AsOf == asOf && last.AsOf.Offset == asOf.Offset)
        {
            return last.Values;
        }

        var values = Plan.Layout!.Create(Plan.Slots.CreateHolder(asOf));
        _lastHolder = new HolderCache(asOf, values);
        return values;
    }

    internal Func<object, T, bool> SyncOrThrow() => Sync ?? throw new SegmentationException(
        $"The segment '{Name}' uses the async criteria {string.Join(", ", Plan.AsyncCalls.Select(c => "'" + c.Name + "'"))}; evaluate it with IsMatchAsync or SegmentSet.EvaluateAsync.",
        Name);

    private sealed record HolderCache(DateTimeOffset AsOf, object Values);
}
