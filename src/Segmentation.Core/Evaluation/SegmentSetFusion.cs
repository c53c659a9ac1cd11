using System.Linq.Expressions;
using Segmentation.Compilation;
using Segmentation.Internal;

namespace Segmentation.Evaluation;

/// <summary>
/// Fuses the segments of a set into one delegate per customer (per 64 segments in all-matches
/// mode), so evaluating a set costs one call, not one per segment.
/// </summary>
internal static partial class SegmentSetFusion
{
    /// <summary><c>(holders, record) =&gt; bits</c> for the segments <c>[first, first + 64)</c>.</summary>
    internal static Func<object[], T, ulong> Word<T>(IReadOnlyList<CompiledSegment<T>> segments, int first)
    {
        var (holders, record, variables, assignments) = Parameters(segments);
        var bits = Expression.Variable(typeof(ulong), "bits");
        var last = Math.Min(segments.Count, first + 64);
        var body = new List<Expression>(assignments[first..last]) { Expression.Assign(bits, Expression.Constant(0UL)) };
        for (var i = first; i < last; i++)
        {
            body.Add(Expression.IfThen(
                Inline(segments[i], variables[i], record),
                Expression.OrAssign(bits, Expression.Constant(1UL << (i - first)))));
        }

        body.Add(bits);
        return Expression.Lambda<Func<object[], T, ulong>>(Expression.Block([.. variables, bits], body), holders, record).Compile();
    }

    /// <summary><c>(holders, record) =&gt; index of the first match, or segments.Count</c>.</summary>
    internal static Func<object[], T, int> First<T>(IReadOnlyList<CompiledSegment<T>> segments)
    {
        var (holders, record, variables, assignments) = Parameters(segments);
        var done = Expression.Label(typeof(int), "done");
        var body = new List<Expression>(assignments);
        for (var i = 0; i < segments.Count; i++)
        {
            body.Add(Expression.IfThen(Inline(segments[i], variables[i], record), Expression.Return(done, Expression.Constant(i))));
        }

        body.Add(Expression.Label(done, Expression.Constant(segments.Count)));
        return Expression.Lambda<Func<object[], T, int>>(Expression.Block(variables, body), holders, record).Compile();
    }

    private static Expression Inline<T>(CompiledSegment<T> segment, ParameterExpression holder, ParameterExpression record) =>
        ParameterReplacer.Inline(segment.Plan.Lambda, holder, record);

    private static (ParameterExpression Holders, ParameterExpression Record, ParameterExpression[] Variables, Expression[] Assignments) Parameters<T>(IReadOnlyList<CompiledSegment<T>> segments)
    {
        var holders = Expression.Parameter(typeof(object[]), "holders");
        var record = Expression.Parameter(typeof(T), "record");
        var variables = new ParameterExpression[segments.Count];
        var assignments = new Expression[segments.Count];
        for (var i = 0; i < variables.Length; i++)
        {
            variables[i] = Expression.Variable(typeof(object), "p" + i);
            assignments[i] = Expression.Assign(variables[i], Expression.ArrayIndex(holders, Expression.Constant(i)));
        }

        return (holders, record, variables, assignments);
    }
}
