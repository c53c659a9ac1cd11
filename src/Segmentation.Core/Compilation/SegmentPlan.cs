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
    private SegmentPlan(LambdaExpression lambda, ExpressionWalker walker, ParameterExpression record, HashSet<string> referenced)
    {
        Lambda = lambda;
        Slots = walker.Slots;
        Shape = walker.Shape;
        InMemoryOnly = [.. walker.InMemoryOnly];
        AsyncCalls = [.. walker.AsyncCalls];
        Holder = walker.Holder;
        Record = record;
        Referenced = referenced;
    }

    /// <summary>Gets <c>(object?[] p, T record) =&gt; bool</c>, or with a third <c>bool[]</c> parameter when async criteria are used.</summary>
    internal LambdaExpression Lambda { get; }

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
        return new SegmentPlan(lambda, walker, record, scope.Referenced);
    }
}
