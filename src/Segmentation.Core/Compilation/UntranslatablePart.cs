namespace Segmentation.Compilation;

/// <summary>A part of a segment definition that cannot run inside a database, where it is and why.</summary>
/// <param name="Segment">The name of the definition that holds the part: the segment itself, or a segment it references.</param>
/// <param name="Path">The part's JSON path in that definition, e.g. <c>$.criteria.criteria[2]</c>.</param>
/// <param name="Reason">Why it cannot run in a database.</param>
/// <param name="Message">The reason in words, naming the criterion.</param>
public readonly record struct UntranslatablePart(string Segment, string Path, UntranslatableReason Reason, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path} of '{Segment}': {Message}";
}
