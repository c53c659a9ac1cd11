using Segmentation.Binding;

namespace Segmentation.Definitions;

/// <summary>
/// A value that breaks one of the <see cref="DefinitionRules"/>: which part of the criterion, what is
/// wrong and how to fix it. The caller places it: the JSON reader at the part's JSON path, a
/// constructor at <c>Owner(part)</c>, the fluent builder at the segment and criterion it is building.
/// </summary>
/// <param name="Part">The property or parameter at fault, e.g. <c>minYears</c>; <see langword="null"/> for the criterion as a whole.</param>
/// <param name="Problem">What is wrong, e.g. <c>the latitude 91 is outside -90..90.</c></param>
/// <param name="Expected">What was expected instead.</param>
internal readonly record struct RuleViolation(string? Part, string Problem, string Expected)
{
    /// <summary>The exception at a location the caller computed (a JSON path).</summary>
    internal DefinitionException At(string location) => new(location, Problem, Expected);

    /// <summary>The exception located in code: <c>Owner(part)</c>, e.g. <c>AgeCriterion(minYears)</c>.</summary>
    internal DefinitionException InCode(string owner) => new(Part is null ? owner : $"{owner}({Part})", Problem, Expected);
}
