namespace Segmentation.Binding;

/// <summary>
/// A segment definition is invalid: a bad value (a blank name, a negative window, an empty age band,
/// a latitude out of range), or invalid for its catalog (an unknown field, an operator the field's
/// type does not allow, a value of the wrong type, a limit exceeded, a reference cycle).
/// </summary>
/// <remarks>
/// <para>
/// A bad value gives the same <see cref="Problem"/> and <see cref="Expected"/> from JSON, from the
/// fluent builder and from the criteria constructors; <see cref="SegmentationException.Location"/>
/// says where it was written: the JSON path from JSON (e.g. <c>$.criteria.minYears</c>); from the
/// fluent builder the segment, the criterion's position in its chain with its field, and the
/// argument (<c>VIP &gt; criterion 2 (birthDate) &gt; AgeCriterion(minYears)</c>); from a
/// constructor the argument (<c>GeoRadiusCriterion(latitude)</c>).
/// </para>
/// <para>
/// Checks against the catalog (by <c>Build()</c>, <see cref="DefinitionBinder"/>, the reader and the
/// compiler) are located by the JSON path of the offending part, in the shape of the JSON format
/// (e.g. <c>$.criteria.criteria[2].operator</c>), wherever the definition came from.
/// </para>
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
