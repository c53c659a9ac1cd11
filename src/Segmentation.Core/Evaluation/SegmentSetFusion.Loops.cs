using System.Linq.Expressions;
using Segmentation.Compilation;
using Segmentation.Internal;

namespace Segmentation.Evaluation;

/// <summary>
/// The span paths' loops, compiled with the segments inlined in their bodies: no delegate call per
/// customer, and each segment's literal holder cast once per call. They read the customers and write
/// the results through references to the spans' first elements.
/// </summary>
internal static partial class SegmentSetFusion
{
    /// <summary>
    /// The <see cref="SegmentWordLoop{T}"/> of the segments <c>[first, first + 64)</c>.
    /// </summary>
    internal static SegmentWordLoop<T> WordLoop<T>(IReadOnlyList<CompiledSegment<T>> segments, int first)
    {
        var bits = Expression.Parameter(typeof(ulong).MakeByRefType(), "memberships");
        var word = first / 64;
        var stride = Math.Max(1, (segments.Count + 63) / 64);
        var counts = Expression.Parameter(typeof(long[]), "counts");
        var value = Expression.Variable(typeof(ulong), "value");
        var last = Math.Min(segments.Count, first + 64);
        return Loop<T, SegmentWordLoop<T>>(segments, first, last, [bits, counts], (record, i) =>
        {
            var body = new List<Expression> { Expression.Assign(value, Expression.Constant(0UL)) };
            for (var s = first; s < last; s++)
            {
                body.Add(Expression.IfThen(
                    Inline(segments[s], record),
                    Expression.Block(
                        Expression.OrAssign(value, Expression.Constant(1UL << (s - first))),
                        Expression.PreIncrementAssign(Expression.ArrayAccess(counts, Expression.Constant(s))))));
            }

            body.Add(Expression.Call(SpanAccess.WriteOf(typeof(ulong)), bits, stride == 1 ? i : Expression.Add(Expression.Multiply(i, Expression.Constant(stride)), Expression.Constant(word)), value));
            return Expression.Block([value], body);
        });
    }

    /// <summary>
    /// The <see cref="SegmentFirstLoop{T}"/> of the segments.
    /// </summary>
    internal static SegmentFirstLoop<T> FirstLoop<T>(IReadOnlyList<CompiledSegment<T>> segments)
    {
        var assignments = Expression.Parameter(typeof(int).MakeByRefType(), "assignments");
        var counts = Expression.Parameter(typeof(long[]), "counts");
        var index = Expression.Variable(typeof(int), "index");
        return Loop<T, SegmentFirstLoop<T>>(segments, 0, segments.Count, [assignments, counts], (record, i) =>
        {
            var found = Expression.Label("found");
            var body = new List<Expression> { Expression.Assign(index, Expression.Constant(segments.Count)) };
            for (var s = 0; s < segments.Count; s++)
            {
                body.Add(Expression.IfThen(Inline(segments[s], record), Expression.Block(Expression.Assign(index, Expression.Constant(s)), Expression.Goto(found))));
            }

            body.Add(Expression.Label(found));
            body.Add(Expression.Call(SpanAccess.WriteOf(typeof(int)), assignments, i, index));
            body.Add(Expression.PreIncrementAssign(Expression.ArrayAccess(counts, index)));
            return Expression.Block([index], body);
        });
    }

    /// <summary>
    /// <c>(holders, customers, count, ...) =&gt; { cast the holders of segments [first, last); for i &lt; count: step(customers[i], i) }</c>.
    /// </summary>
    private static TDelegate Loop<T, TDelegate>(IReadOnlyList<CompiledSegment<T>> segments, int first, int last, ParameterExpression[] outputs, Func<ParameterExpression, ParameterExpression, Expression> step)
        where TDelegate : Delegate
    {
        var holders = Expression.Parameter(typeof(object[]), "holders");
        var customers = Expression.Parameter(typeof(T).MakeByRefType(), "customers");
        var count = Expression.Parameter(typeof(int), "count");
        var record = Expression.Variable(typeof(T), "record");
        var i = Expression.Variable(typeof(int), "i");
        var variables = new List<ParameterExpression> { record, i };
        var body = new List<Expression>();
        for (var s = first; s < last; s++)
        {
            if (segments[s].Plan.SlotsVariable is { } slots)
            {
                variables.Add(slots);
                body.Add(Expression.Assign(slots, Expression.Convert(Expression.ArrayIndex(holders, Expression.Constant(s)), slots.Type)));
            }
        }

        var end = Expression.Label("end");
        body.Add(Expression.Assign(i, Expression.Constant(0)));
        body.Add(Expression.Loop(
            Expression.IfThenElse(
                Expression.LessThan(i, count),
                Expression.Block(
                    Expression.Assign(record, Expression.Call(SpanAccess.ReadOf(typeof(T)), customers, i)),
                    step(record, i),
                    Expression.PreIncrementAssign(i)),
                Expression.Break(end)),
            end));
        return Expression.Lambda<TDelegate>(Expression.Block(variables, body), [holders, customers, count, .. outputs]).Compile();
    }

    /// <summary>A segment's test of <paramref name="record"/>, reading its literals from its <see cref="SegmentPlan.SlotsVariable"/> variable.</summary>
    private static Expression Inline<T>(CompiledSegment<T> segment, ParameterExpression record) =>
        ParameterReplacer.Inline(Expression.Lambda(segment.Plan.Body, segment.Plan.Record), record);
}
