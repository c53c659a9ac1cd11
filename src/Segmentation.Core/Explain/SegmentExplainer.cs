using System.Runtime.CompilerServices;
using Segmentation.Catalog;
using Segmentation.Compilation;
using Segmentation.Definitions;

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

    /// <summary>Compiles a definition with <see cref="SegmentCompiler.Shared"/> and explains whether a customer is in it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <param name="catalog">The catalog of <typeparamref name="T"/>.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="asOf">The instant relative time windows are measured from.</param>
    /// <param name="references">The definitions that segment references may name, by segment name; none when <see langword="null"/>.</param>
    /// <returns>The explanation; its result equals the compiled segment's <see cref="CompiledSegment{T}.IsMatch"/>.</returns>
    /// <remarks>Each call prepares the explanation anew; to explain many customers, compile once and use <see cref="Explain{T}(CompiledSegment{T}, T, DateTimeOffset)"/>.</remarks>
    /// <exception cref="Binding.DefinitionException">The definition is not valid for the catalog, or a reference is unknown or cyclic.</exception>
    /// <exception cref="SegmentationException">The segment uses async criteria, or <typeparamref name="T"/> is not the catalog's record type.</exception>
    public static SegmentExplanation Explain<T>(SegmentDefinition definition, FieldCatalog catalog, T customer, DateTimeOffset asOf, IReadOnlyDictionary<string, SegmentDefinition>? references = null) =>
        Explain(SegmentCompiler.Shared.Compile<T>(definition, catalog, references), customer, asOf);

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

                return new ExplainNode(step.Description, step.Path, decided == decisive, null, null, children, skipped);
            case ExplainStepKind.Not:
                var operand = Evaluate(step.Children[0], customer, asOf, skipped);
                return new ExplainNode(step.Description, step.Path, !operand.Result, null, null, [operand], skipped);
            case ExplainStepKind.Reference:
                var inner = Evaluate(step.Children[0], customer, asOf, skipped);
                return new ExplainNode(step.Description, step.Path, inner.Result, null, null, [inner], skipped);
            default:
                var result = step.Test!(step.TestSlots!.CreateHolder(asOf), customer);
                if (step.ObservedRedacted)
                {
                    return new ExplainNode(step.Description, step.Path, result, step.ObservedField, null, [], skipped, redacted: true) { ObservedSource = step.ObservedSource };
                }

                return step.Observe is null
                    ? new ExplainNode(step.Description, step.Path, result, null, null, [], skipped)
                    : new ExplainNode(step.Description, step.Path, result, step.ObservedField, step.Observe(step.ObserveSlots!.CreateHolder(asOf), customer), [], skipped) { ObservedSource = step.ObservedSource };
        }
    }
}
