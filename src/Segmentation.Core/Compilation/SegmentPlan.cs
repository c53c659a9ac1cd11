using System.Linq.Expressions;
using Segmentation.Binding;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>
/// One walk of a bound definition for one target: the lambda over (holder, record[, async results]),
/// the literals it reads, its shape and what it needs at run time.
/// </summary>
internal sealed class SegmentPlan
{
    private SegmentPlan(LambdaExpression lambda, SlotLayout? layout, ExpressionWalker walker, ParameterExpression record, HashSet<string> referenced)
    {
        Layout = layout;
        (SlotsVariable, Body) = layout is null ? (null, lambda.Body) : layout.Rebind(lambda);
        Lambda = layout is null ? lambda : SlotLayout.Retype(lambda, SlotsVariable, Body);
        Slots = walker.Slots;
        Shape = walker.Shape;
        InMemoryOnly = [.. walker.InMemoryOnly];
        AsyncCalls = [.. walker.AsyncCalls];
        Holder = walker.Holder;
        Record = record;
        Referenced = referenced;
    }

    /// <summary>
    /// Gets <c>(object?[] p, T record) =&gt; bool</c> for queries; in memory <c>(object holder, T record) =&gt; bool</c>
    /// with a holder made by <see cref="Layout"/>. Async criteria add a third <c>bool[]</c> parameter.
    /// </summary>
    internal LambdaExpression Lambda { get; }

    /// <summary>Gets how the in-memory delegate holds its literals; <see langword="null"/> for queries.</summary>
    internal SlotLayout? Layout { get; }

    /// <summary>
    /// Gets, in memory, the test over <see cref="Record"/> reading its literals from <see cref="SlotsVariable"/>,
    /// for fused loops that cast each holder once per call rather than once per record.
    /// </summary>
    internal Expression Body { get; }

    /// <summary>Gets the variable of type <see cref="SlotLayout.HolderType"/> that <see cref="Body"/> reads literals from; <see langword="null"/> without literals.</summary>
    internal ParameterExpression? SlotsVariable { get; }

    internal SlotTable Slots { get; }

    internal string Shape { get; }

    internal IReadOnlyList<string> InMemoryOnly { get; }

    internal IReadOnlyList<AsyncCriterionCall> AsyncCalls { get; }

    internal ParameterExpression Holder { get; }

    internal ParameterExpression Record { get; }

    internal IReadOnlyCollection<string> Referenced { get; }

    internal static SegmentPlan Create<T>(
        SegmentDefinition bound,
        FieldCatalog catalog,
        IReadOnlyDictionary<string, SegmentDefinition>? references,
        CompileTarget target,
        DefinitionLimits limits)
    {
        var scope = new ReferenceScope(bound.Name, references, limits);
        var walker = new ExpressionWalker(target, scope, limits);
        var record = Expression.Parameter(typeof(T), ExpressionWalker.RecordParameterName);
        var body = walker.Build(bound.Criteria, record, catalog, BindingConstants.RootPath, depth: 1);
        var lambda = walker.AsyncCalls.Count == 0
            ? Expression.Lambda<Func<object?[], T, bool>>(body, walker.Holder, record)
            : (LambdaExpression)Expression.Lambda<Func<object?[], T, bool[], bool>>(body, walker.Holder, record, walker.AsyncResults);
        if (target != CompileTarget.InMemory)
        {
            return new SegmentPlan(lambda, null, walker, record, scope.Referenced);
        }

        var layout = SlotLayout.For(walker.Slots.Types);
        return new SegmentPlan(lambda, layout, walker, record, scope.Referenced);
    }
}
