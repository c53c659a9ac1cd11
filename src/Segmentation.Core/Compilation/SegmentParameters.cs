namespace Segmentation.Compilation;

/// <summary>
/// The literals captured by an expression from <see cref="CompiledSegment{T}.ToExpression"/>: reading
/// <c>holder.Values[i]</c> looks to a LINQ provider like reading a closure field, so it becomes a parameter.
/// </summary>
internal sealed class SegmentParameters
{
    internal SegmentParameters(object?[] values) => Values = values;

#pragma warning disable SA1401, CA1051 // A field, not a property: exactly what a compiler-generated closure looks like.
    internal readonly object?[] Values;
#pragma warning restore SA1401, CA1051
}
