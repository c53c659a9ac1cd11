namespace Segmentation.Binding;

/// <summary>
/// A segment definition is invalid for its catalog: an unknown field, an operator the field's type
/// does not allow, a value of the wrong type, a limit exceeded, a reference cycle.
/// </summary>
/// <remarks>
/// <see cref="SegmentationException.Location"/> is the JSON path of the offending part, in the shape
/// of the JSON format (e.g. <c>$.criteria.criteria[2].operator</c>), whether the definition came
/// from JSON or from the fluent builder.
/// </remarks>
public sealed class DefinitionException : SegmentationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">The JSON path of the offending part.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="expected">What was expected instead, or how to fix it.</param>
    public DefinitionException(string location, string problem, string expected)
        : base($"{location}: {problem} {expected}", location)
    {
        Problem = problem;
        Expected = expected;
    }

    /// <summary>Creates the exception with the error that revealed the problem (a JSON parser error, say).</summary>
    /// <param name="location">The JSON path of the offending part.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="expected">What was expected instead, or how to fix it.</param>
    /// <param name="innerException">The underlying error.</param>
    public DefinitionException(string location, string problem, string expected, Exception innerException)
        : base($"{location}: {problem} {expected}", location, innerException)
    {
        Problem = problem;
        Expected = expected;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>Gets what was expected instead, or how to fix it.</summary>
    public string Expected { get; } = string.Empty;
}
