namespace Segmentation.Explain;

/// <summary>One criterion of an explanation: what it tests, what it saw, and its result.</summary>
public sealed class ExplainNode
{
    internal ExplainNode(string description, string path, bool result, string? observed, IReadOnlyList<ExplainNode> children, bool shortCircuited)
    {
        Description = description;
        Path = path;
        Result = result;
        Observed = observed;
        Children = children;
        ShortCircuited = shortCircuited;
    }

    /// <summary>Gets the criterion as it reads, e.g. <c>age between 25 and 60</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the criterion's JSON path, e.g. <c>$.criteria.criteria[1]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the criterion's result for the customer.</summary>
    public bool Result { get; }

    /// <summary>Gets the value the criterion looked at, e.g. <c>age = 27</c> or <c>observed 2</c>; <see langword="null"/> for composites.</summary>
    public string? Observed { get; }

    /// <summary>Gets the children of <c>all</c>, <c>any</c>, <c>not</c> and segment references.</summary>
    public IReadOnlyList<ExplainNode> Children { get; }

    /// <summary>Gets a value indicating whether the fast path skips this criterion, because an earlier sibling decided the result.</summary>
    public bool ShortCircuited { get; }

    /// <inheritdoc />
    public override string ToString() => $"{(Result ? "[x]" : "[ ]")} {Description}{(Observed is null ? string.Empty : "   (" + Observed + ")")}{(ShortCircuited ? "   (skipped by the fast path)" : string.Empty)}";
}
