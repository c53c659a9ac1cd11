using Segmentation.Definitions;

namespace Segmentation.Dsl;

/// <summary>Builds custom-criterion uses from the DSL's (name, value) pairs.</summary>
internal static class Custom
{
    internal static CustomCriterion Of(string criterion, (string Name, object Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(arguments);
        return new CustomCriterion(
            criterion,
            arguments.Select(a => new KeyValuePair<string, SegmentValue>(a.Name, DslValues.From(a.Value, $"{criterion}.{a.Name}"))));
    }
}
