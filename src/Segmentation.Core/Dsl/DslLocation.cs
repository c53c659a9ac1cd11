using Segmentation.Binding;

namespace Segmentation.Dsl;

/// <summary>
/// Where in the code a fluent definition is: the segment's name, then the position of each criterion
/// in its chain (1-based, with the field it picks), e.g. <c>VIP &gt; criterion 2 (birthDate)</c>.
/// A <see cref="DefinitionException"/> thrown while the builder constructs a criterion is moved
/// there, so the same bad value names the segment and criterion it was written in.
/// </summary>
internal static class DslLocation
{
    private const string Separator = " > ";

    internal static string Criterion(string chain, int position, string? field) =>
        field is null ? $"{chain}{Separator}criterion {position}" : $"{chain}{Separator}criterion {position} ({field})";

    internal static string Child(string location, string step) => location + Separator + step;

    /// <summary>The location of a picked field, or its name when the selection was not made by this DSL.</summary>
    internal static string Of<TNext, TValue>(IFieldBuilder<TNext, TValue> field) =>
        field is ILocatedSelection located ? located.Location : field.Field.Name;

    /// <summary>Runs a criterion's construction, moving a rule's error to the DSL location.</summary>
    internal static TResult Run<TResult>(string location, Func<TResult> make)
    {
        try
        {
            return make();
        }
        catch (DefinitionException error)
        {
            throw new DefinitionException(Child(location, error.Location ?? "?"), error.Problem, error.Expected);
        }
    }
}
