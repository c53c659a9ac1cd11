namespace Segmentation.Explain;

/// <summary>The kinds of <see cref="ExplainStep{T}"/>.</summary>
internal enum ExplainStepKind
{
    All,
    Any,
    Not,
    Reference,
    Leaf,
}
