using System.Runtime.CompilerServices;
using Segmentation.Compilation;

namespace Segmentation.Explain;

/// <summary>
/// Explains one customer against one segment: every criterion's result and the values it saw.
/// </summary>
/// <remarks>
/// Opt-in and separate from the fast path, which never pays for it: the first explanation of a
/// segment compiles one small delegate per criterion (kept for later explanations of that segment),
/// and every criterion is evaluated, including those the fast path would skip (they are marked).
/// </remarks>
public static class SegmentExplainer
{
    private static readonly ConditionalWeakTable<object, object> Plans = [];

    /// <summary>Explains whether a customer is in a segment.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="segment">The compiled segment.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <returns>The explanation; its result equals <see cref="CompiledSegment{T}.IsMatch"/>.</returns>
    /// <exception cref="SegmentationException">The segment uses async criteria, which cannot be explained synchronously.</exception>
    public static SegmentExplanation Explain<T>(CompiledSegment<T> segment, T customer, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.RequiresAsync)
        {
            throw new SegmentationException($"The segment '{segment.Name}' uses async criteria, which cannot be explained synchronously; explain a segment without them.", segment.Name);
        }

        var plan = (ExplainStep<T>)Plans.GetValue(segment, _ => ExplainPlanner.Plan(segment));
        return new SegmentExplanation(segment.Name, asOf, Evaluate(plan, customer, asOf, skipped: false));
    }

    private static ExplainNode Evaluate<T>(ExplainStep<T> step, T customer, DateTimeOffset asOf, bool skipped)
    {
        switch (step.Kind)
        {
            case ExplainStepKind.All or ExplainStepKind.Any:
                var decisive = step.Kind == ExplainStepKind.Any;
                var decided = false;
                var children = new ExplainNode[step.Children.Length];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = Evaluate(step.Children[i], customer, asOf, skipped || decided);
                    decided |= children[i].Result == decisive;
                }

                return new ExplainNode(step.Description, step.Path, decided == decisive, null, children, skipped);
            case ExplainStepKind.Not:
                var operand = Evaluate(step.Children[0], customer, asOf, skipped);
                return new ExplainNode(step.Description, step.Path, !operand.Result, null, [operand], skipped);
            case ExplainStepKind.Reference:
                var inner = Evaluate(step.Children[0], customer, asOf, skipped);
                return new ExplainNode(step.Description, step.Path, inner.Result, null, [inner], skipped);
            default:
                var result = step.Test!(step.TestSlots!.CreateHolder(asOf), customer);
                string? observed = null;
                if (step.Observe is not null)
                {
                    var value = ObservedValue.Format(step.Observe(step.ObserveSlots!.CreateHolder(asOf), customer));
                    observed = step.ObservedField is null ? "observed " + value : $"{step.ObservedField} = {value}";
                }

                return new ExplainNode(step.Description, step.Path, result, observed, [], skipped);
        }
    }
}
